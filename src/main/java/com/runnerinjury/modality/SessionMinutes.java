package com.runnerinjury.modality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long the needles stay in, in minutes, as the approximate range the sources give. */
@Schema(description = "How long the needles stay in, in minutes, as the approximate range the sources give "
        + "(about 20-30 for acupuncture); not the length of a whole session.")
@OrderedMinutes
public record SessionMinutes(
        @Schema(examples = "20") @Min(1) @Max(MAX_MINUTES) int min,
        @Schema(examples = "30") @Min(1) @Max(MAX_MINUTES) int max) {

    /** The longest range editors may give: a whole working day. */
    static final int MAX_MINUTES = 480;

    /** What a modality's {@code typicalSessionMinutes} field holds, for its list and detail schemas. */
    static final String FIELD_DESCRIPTION = "Despite the name, how long the needles stay in (about 20-30 minutes "
            + "for acupuncture, an approximate range), not the length of a whole session, which the sources do not "
            + "give; null when the sources give none.";

    /** The session length of a modality, or null when the sources give none. */
    public static SessionMinutes of(Modality modality) {
        if (modality.sessionMinutesMin == null || modality.sessionMinutesMax == null) {
            return null;
        }
        return new SessionMinutes(modality.sessionMinutesMin, modality.sessionMinutesMax);
    }
}
