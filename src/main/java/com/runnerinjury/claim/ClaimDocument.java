package com.runnerinjury.claim;

import com.runnerinjury.shared.content.EvidenceLevel;
import com.runnerinjury.shared.content.Outcome;
import com.runnerinjury.shared.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim as editors write it: the body of {@code POST} and {@code PUT}, with its modality and condition linked
 * by slug and its sources by id.
 */
@Schema(name = "ClaimInput", description = "A claim as editors write it. The modality and condition are linked by "
        + "slug, the sources by id.")
public record ClaimDocument(
        @Schema(description = "Lower-case words joined by hyphens; cannot change once created.",
                examples = "acupuncture-plantar-fasciitis-natural-opioids") @NotNull @Size(
                        max = Slugs.MAX_LENGTH) @Pattern(
                                regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String id,
        @Schema(description = "The claim, in this API's words, attributed to its sources.") @NotBlank @Size(
                max = 1000) String statement,
        @Schema(description = "Slug of the modality the claim is made for.",
                examples = "acupuncture") @NotNull @Pattern(
                        regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String modality,
        @Schema(description = "Slug of the condition the claim is about, or null for a general claim.",
                examples = "plantar-fasciitis", nullable = true) @Pattern(regexp = Slugs.PATTERN,
                        message = Slugs.MESSAGE) String condition,
        @NotNull Outcome outcome,
        @NotNull EvidenceLevel evidenceLevel,
        @Schema(description = "How the source says it works, or null.", nullable = true) @Size(
                max = 1000) @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) String mechanism,
        @Schema(description = "A figure the source reports (a percentage, a sample size), or null.",
                nullable = true) @Size(max = 500) @Pattern(regexp = NOT_BLANK,
                        message = NOT_BLANK_MESSAGE) String finding,
        @Schema(description = "The source's own hedges and limits, and editorial notes on the evidence.") @Size(
                max = 20) List<@NotBlank @Size(max = 1000) String> caveats,
        @Schema(description = "Ids of the sources making the claim: at least one.",
                examples = "[\"how-acupuncture-helps-runners\"]") @Size(min = 1, max = 20) List<@NotNull @Pattern(
                        regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> sources) {

    /** An optional text is null or has something in it. */
    private static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    private static final String NOT_BLANK_MESSAGE = "must be null or not blank";

    public ClaimDocument {
        caveats = caveats == null ? List.of() : caveats;
        sources = sources == null ? List.of() : sources;
    }
}
