package com.runnerinjury.modality;

import com.runnerinjury.shared.content.ClaimView;
import com.runnerinjury.shared.content.Disclaimer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything known about one modality, with the claims made for it and a disclaimer. */
@Schema(description = "A treatment modality with what to expect, safety notes and its claims.")
public record ModalityDetail(
        @Schema(examples = "acupuncture") String slug,
        @Schema(examples = "Acupuncture") String name,
        ModalityCategory category,
        @Schema(description = "One-sentence overview.") String summary,
        @Schema(description = "A few sentences on what it involves.") String description,
        @Schema(description = "What happens in a session, in order.") List<String> whatToExpect,
        @Schema(description = SessionMinutes.FIELD_DESCRIPTION, nullable = true) SessionMinutes typicalSessionMinutes,
        @Schema(description = "Points to know for a safe treatment.") List<String> safetyNotes,
        @Schema(description = "Claims made for this modality, with their evidence and sources.") List<ClaimView> claims,
        @Schema(description = "When the content last changed.") Instant updatedAt,
        @Schema(description = "When an editor last checked the content against its sources.",
                nullable = true) LocalDate lastReviewed,
        @Schema(description = "Not medical advice.") String disclaimer) {

    public static ModalityDetail from(Modality modality, List<ClaimView> claims) {
        return new ModalityDetail(modality.slug, modality.name, modality.category, modality.summary,
                modality.description, List.copyOf(modality.whatToExpect), SessionMinutes.of(modality),
                List.copyOf(modality.safetyNotes), claims, modality.updatedAt, modality.lastReviewed, Disclaimer.TEXT);
    }
}
