package com.runnerinjury.condition;

import com.runnerinjury.shared.content.BodyRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition as listed: small enough for a widget, with the slug to fetch its detail. */
@Schema(description = "A condition as it appears in lists.")
public record ConditionSummary(
        @Schema(examples = "runners-knee") String slug,
        @Schema(examples = "Runner's knee") String name,
        @Schema(description = "Other names the sources use for it.") List<String> aliases,
        BodyRegion bodyRegion,
        @Schema(description = "One-sentence overview.") String summary,
        @Schema(description = "When the content last changed.") Instant updatedAt,
        @Schema(description = "When an editor last checked the content against its sources.",
                nullable = true) LocalDate lastReviewed) {

    public static ConditionSummary from(Condition condition) {
        return new ConditionSummary(condition.slug, condition.name, List.copyOf(condition.aliases),
                condition.bodyRegion, condition.summary, condition.updatedAt, condition.lastReviewed);
    }
}
