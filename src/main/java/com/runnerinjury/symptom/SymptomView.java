package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.ConditionRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A symptom with the conditions that list it, as served by both the list and the detail. */
@Schema(description = "A symptom and the conditions that list it.")
public record SymptomView(
        @Schema(examples = "knee-pain") String slug,
        @Schema(examples = "Knee pain") String name,
        @Schema(description = "What the symptom is like.") String description,
        BodyRegion bodyRegion,
        @Schema(description = "Published conditions that list this symptom; in an editor's read, draft "
                + "conditions too.") List<ConditionRef> conditions,
        @Schema(description = "When the content last changed.") Instant updatedAt,
        @Schema(description = "When an editor last checked the content against its sources.",
                nullable = true) LocalDate lastReviewed) {

    public static SymptomView from(Symptom symptom, List<ConditionRef> conditions) {
        return new SymptomView(symptom.slug, symptom.name, symptom.description, symptom.bodyRegion,
                List.copyOf(conditions), symptom.updatedAt, symptom.lastReviewed);
    }
}
