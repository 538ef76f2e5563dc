package com.runnerinjury.shared.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The benefit a claim is about. */
@Schema(description = "The benefit a claim is about.")
public enum Outcome implements WireValue {

    PAIN_RELIEF("pain-relief"),
    INFLAMMATION("inflammation"),
    CIRCULATION("circulation"),
    MUSCLE_RELAXATION("muscle-relaxation"),
    RANGE_OF_MOTION("range-of-motion"),
    STRENGTH("strength"),
    HEALING("healing"),
    RECOVERY("recovery"),
    INJURY_PREVENTION("injury-prevention"),
    PERFORMANCE("performance"),
    STRESS("stress"),
    IMMUNITY("immunity"),
    SLEEP("sleep");

    private final String wireValue;

    Outcome(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<Outcome> {

        public Converter() {
            super(Outcome.class);
        }
    }
}
