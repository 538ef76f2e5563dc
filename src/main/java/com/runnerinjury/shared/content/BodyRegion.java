package com.runnerinjury.shared.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where on the body a condition or symptom is felt. */
@Schema(description = "Where on the body a condition or symptom is felt.")
public enum BodyRegion implements WireValue {

    LOWER_BACK("lower-back"),
    HIP("hip"),
    THIGH("thigh"),
    KNEE("knee"),
    LOWER_LEG("lower-leg"),
    FOOT("foot"),
    GENERAL("general");

    private final String wireValue;

    BodyRegion(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<BodyRegion> {

        public Converter() {
            super(BodyRegion.class);
        }
    }
}
