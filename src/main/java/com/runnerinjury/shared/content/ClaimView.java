package com.runnerinjury.shared.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim as listed, and as embedded in condition and modality details. */
@Schema(description = "A sourced claim that a modality helps with a condition or an outcome.")
public record ClaimView(
        @Schema(examples = "acupuncture-plantar-fasciitis-pain") String id,
        @Schema(description = "The claim, in this API's words, attributed to its sources.") String statement,
        ModalityRef modality,
        @Schema(description = "The condition the claim is about, or null for a general claim.",
                nullable = true) ConditionRef condition,
        Outcome outcome,
        EvidenceLevel evidenceLevel,
        @Schema(description = "How the source says it works, or null.", nullable = true) String mechanism,
        @Schema(description = "A figure the source reports (a percentage, a sample size), or null.",
                nullable = true) String finding,
        @Schema(description = "The source's own hedges and limits, and editorial notes on the evidence.") List<String> caveats,
        @Schema(description = "The sources making the claim.") List<SourceRef> sources,
        @Schema(description = "When the content last changed.") Instant updatedAt,
        @Schema(description = "When an editor last checked the claim against its sources.",
                nullable = true) LocalDate lastReviewed) {
}
