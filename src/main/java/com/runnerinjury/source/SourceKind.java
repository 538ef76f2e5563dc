package com.runnerinjury.source;

import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.shared.content.WireValueConverter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of publication a source is. */
@Schema(description = "What sort of publication a source is.")
public enum SourceKind implements WireValue {

    PRACTITIONER_ARTICLE("practitioner-article"),
    CONSUMER_ARTICLE("consumer-article"),
    STUDY("study");

    private final String wireValue;

    SourceKind(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<SourceKind> {

        public Converter() {
            super(SourceKind.class);
        }
    }
}
