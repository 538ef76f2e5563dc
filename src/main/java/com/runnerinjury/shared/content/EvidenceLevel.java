package com.runnerinjury.shared.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a claim rests on, as its source presents it. */
@Schema(description = "What a claim rests on, as its source presents it: `study-reported` (the source cites research "
        + "but does not identify the study, and it was not checked here: not verified evidence), "
        + "`practitioner-opinion` (asserted from clinical practice, no study named), "
        + "`traditional-theory` (explained through traditional Chinese medicine concepts such as qi and stagnation), "
        + "`weak` (the source itself says the evidence is weak).")
public enum EvidenceLevel implements WireValue {

    STUDY_REPORTED("study-reported"),
    PRACTITIONER_OPINION("practitioner-opinion"),
    TRADITIONAL_THEORY("traditional-theory"),
    WEAK("weak");

    private final String wireValue;

    EvidenceLevel(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<EvidenceLevel> {

        public Converter() {
            super(EvidenceLevel.class);
        }
    }
}
