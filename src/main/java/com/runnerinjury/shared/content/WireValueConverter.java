package com.runnerinjury.shared.content;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link WireValue} enumeration as its wire spelling, the same text the schema's checks allow. */
public abstract class WireValueConverter<E extends Enum<E> & WireValue> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireValueConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.wireValue();
    }

    @Override
    public E convertToEntityAttribute(String column) {
        return column == null ? null
                : WireValue.parse(type, column)
                        .orElseThrow(() -> new IllegalStateException(
                                "Unknown " + type.getSimpleName() + " in database: " + column));
    }
}
