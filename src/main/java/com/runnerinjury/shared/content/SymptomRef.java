package com.runnerinjury.shared.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to a symptom: enough to show its name and fetch it. */
@Schema(description = "A reference to a symptom.")
public record SymptomRef(
        @Schema(examples = "knee-pain") String slug,
        @Schema(examples = "Knee pain") String name) {
}
