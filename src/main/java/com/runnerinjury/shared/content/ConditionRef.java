package com.runnerinjury.shared.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to a condition: enough to show its name and fetch it. */
@Schema(description = "A reference to a condition.")
public record ConditionRef(
        @Schema(examples = "runners-knee") String slug,
        @Schema(examples = "Runner's knee") String name) {
}
