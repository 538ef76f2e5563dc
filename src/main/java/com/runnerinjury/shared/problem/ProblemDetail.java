package com.runnerinjury.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx response. */
@Schema(name = "Problem", description = "An RFC 9457 problem details object.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        @Schema(description = "URI identifying the problem type.",
                examples = "urn:runner-injury:problem:not-found") String type,
        @Schema(description = "Short summary of the problem type.", examples = "Resource not found") String title,
        @Schema(description = "HTTP status code.", examples = "404") int status,
        @Schema(description = "Explanation specific to this occurrence.",
                examples = "No condition has the slug 'runners-elbow'.") String detail,
        @Schema(description = "Path of the request that caused the problem.",
                examples = "/api/v1/conditions/runners-elbow") String instance,
        @Schema(description = "The invalid parameters or body fields; present on 400 responses only.") List<FieldError> errors,
        @Schema(description = "The item's current ETag; present on 412 responses only, to re-read and retry.",
                examples = "\"3q2-7wEjzbtJ1mzy5a7M5g8a\"") String currentEtag) {

    /** A problem of the given type; a type without a title of its own takes the status' reason phrase. */
    public static ProblemDetail of(ProblemType type, int status, String detail, String instance,
            List<FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = type.title() != null ? type.title() : known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new ProblemDetail(type.uri(), title, status, detail, instance, errors, null);
    }

    public ProblemDetail withCurrentEtag(String etag) {
        return new ProblemDetail(type, title, status, detail, instance, errors, etag);
    }
}
