package com.runnerinjury.modality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a typical session lasts, in minutes. */
@Schema(description = "How long a typical session lasts, in minutes.")
public record SessionMinutes(
        @Schema(examples = "20") int min,
        @Schema(examples = "30") int max) {

    /** The session length of a modality, or null when the sources give none. */
    public static SessionMinutes of(Modality modality) {
        if (modality.sessionMinutesMin == null || modality.sessionMinutesMax == null) {
            return null;
        }
        return new SessionMinutes(modality.sessionMinutesMin, modality.sessionMinutesMax);
    }
}
