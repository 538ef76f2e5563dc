package com.runnerinjury.shared.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to a source: enough to cite it and fetch it. */
@Schema(description = "A reference to a source.")
public record SourceRef(
        @Schema(examples = "how-acupuncture-helps-runners") String id,
        @Schema(examples = "How Acupuncture Helps Runners") String title) {
}
