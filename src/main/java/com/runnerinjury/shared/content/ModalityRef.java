package com.runnerinjury.shared.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to a modality: enough to show its name and fetch it. */
@Schema(description = "A reference to a treatment modality.")
public record ModalityRef(
        @Schema(examples = "acupuncture") String slug,
        @Schema(examples = "Acupuncture") String name) {
}
