package com.runnerinjury.condition;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.ClaimView;
import com.runnerinjury.shared.content.Disclaimer;
import com.runnerinjury.shared.content.SymptomRef;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.symptom.Symptom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything known about one condition: its symptoms, the claims about treating it, and a disclaimer. */
@Schema(description = "A condition with its symptoms, warning signs and claims.")
public record ConditionDetail(
        @Schema(examples = "runners-knee") String slug,
        @Schema(examples = "Runner's knee") String name,
        @Schema(description = "Other names the sources use for it.") List<String> aliases,
        BodyRegion bodyRegion,
        @Schema(description = "One-sentence overview.") String summary,
        @Schema(description = "A few sentences on what it is and how it shows.") String description,
        @Schema(description = "Signs that call for a doctor rather than self-care.") List<String> whenToSeeADoctor,
        @Schema(description = "Symptoms the sources associate with it, by name.") List<SymptomRef> symptoms,
        @Schema(description = "Claims about treating it, with their evidence and sources.") List<ClaimView> claims,
        @Schema(description = "When the content last changed.") Instant updatedAt,
        @Schema(description = "When an editor last checked the content against its sources.",
                nullable = true) LocalDate lastReviewed,
        @Schema(description = "Not medical advice.") String disclaimer) {

    /** The detail showing the symptoms and claims visible at this level. */
    public static ConditionDetail from(Condition condition, List<ClaimView> claims, Visibility visibility) {
        return new ConditionDetail(condition.slug, condition.name, List.copyOf(condition.aliases),
                condition.bodyRegion, condition.summary, condition.description,
                List.copyOf(condition.whenToSeeADoctor),
                condition.symptoms.stream().filter(visibility::shows).map(Symptom::toRef).toList(),
                claims, condition.updatedAt, condition.lastReviewed, Disclaimer.TEXT);
    }
}
