package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.shared.content.WireValueConverter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of content item editors change, as the change feed and revision history name them. */
@Schema(name = "ItemType", description = "The kind of content item.")
public enum ItemType implements WireValue {

    CONDITION("condition", "conditions", "slug"),
    SYMPTOM("symptom", "symptoms", "slug"),
    MODALITY("modality", "modalities", "slug"),
    CLAIM("claim", "claims", "id"),
    SOURCE("source", "sources", "id");

    private final String wireValue;
    private final String collection;
    private final String keyName;

    ItemType(String wireValue, String collection, String keyName) {
        this.wireValue = wireValue;
        this.collection = collection;
        this.keyName = keyName;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The path segment of the item's collection under {@code /api/v1}. */
    public String collection() {
        return collection;
    }

    /** What identifies an item in its path and body: {@code slug} or {@code id}. */
    public String keyName() {
        return keyName;
    }

    /** Database mapping. */
    @jakarta.persistence.Converter
    public static class Converter extends WireValueConverter<ItemType> {

        public Converter() {
            super(ItemType.class);
        }
    }
}
