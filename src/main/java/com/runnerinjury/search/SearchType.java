package com.runnerinjury.search;

import com.runnerinjury.shared.content.WireValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of content search covers, in the order equal scores are listed. */
@Schema(description = "The kind of content a search hit is.")
public enum SearchType implements WireValue {

    CONDITION("condition"),
    SYMPTOM("symptom"),
    MODALITY("modality");

    private final String wireValue;

    SearchType(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
