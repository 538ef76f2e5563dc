package com.runnerinjury.modality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A modality as listed: what it is and what a session is like, without its claims. */
@Schema(description = "A treatment modality as it appears in lists; fetch the detail for its claims.")
public record ModalitySummary(
        @Schema(examples = "acupuncture") String slug,
        @Schema(examples = "Acupuncture") String name,
        ModalityCategory category,
        @Schema(description = "One-sentence overview.") String summary,
        @Schema(description = "A few sentences on what it involves.") String description,
        @Schema(description = "What happens in a session, in order.") List<String> whatToExpect,
        @Schema(description = SessionMinutes.FIELD_DESCRIPTION, nullable = true) SessionMinutes typicalSessionMinutes,
        @Schema(description = "Points to know for a safe treatment.") List<String> safetyNotes,
        @Schema(description = "When the content last changed.") Instant updatedAt,
        @Schema(description = "When an editor last checked the content against its sources.",
                nullable = true) LocalDate lastReviewed) {

    public static ModalitySummary from(Modality modality) {
        return new ModalitySummary(modality.slug, modality.name, modality.category, modality.summary,
                modality.description, List.copyOf(modality.whatToExpect), SessionMinutes.of(modality),
                List.copyOf(modality.safetyNotes), modality.updatedAt, modality.lastReviewed);
    }
}
