package com.runnerinjury.condition;

import com.runnerinjury.shared.content.ConditionRef;
import com.runnerinjury.shared.content.SymptomRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition that lists some of the symptoms asked about, and how many. */
@Schema(description = "A condition that lists some of the given symptoms.")
public record ConditionMatch(
        ConditionRef condition,
        @Schema(description = "The given symptoms this condition lists.") List<SymptomRef> matchedSymptoms,
        @Schema(description = "Share of the given symptoms the condition lists, from 0 (exclusive) to 1.",
                examples = "0.5") double score) {
}
