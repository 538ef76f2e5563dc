package com.runnerinjury.modality;

import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.shared.content.WireValueConverter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The family of care a treatment modality belongs to. */
@Schema(description = "The family of care a treatment modality belongs to.")
public enum ModalityCategory implements WireValue {

    TRADITIONAL_CHINESE_MEDICINE("traditional-chinese-medicine"),
    MANUAL_THERAPY("manual-therapy"),
    REHABILITATION("rehabilitation");

    private final String wireValue;

    ModalityCategory(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<ModalityCategory> {

        public Converter() {
            super(ModalityCategory.class);
        }
    }
}
