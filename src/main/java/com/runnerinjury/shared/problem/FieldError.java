package com.runnerinjury.shared.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input named in a problem response: which parameter or field, and what is wrong with it. */
@Schema(description = "One invalid request parameter or body field.")
public record FieldError(
        @Schema(description = "Name of the query parameter or body field.", examples = "size") String field,
        @Schema(description = "What is wrong with the value.", examples = "must be between 1 and 100") String message) {
}
