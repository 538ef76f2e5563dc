package com.runnerinjury.shared.content;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** An enumeration constant with the exact spelling it has on the wire and in the database. */
public interface WireValue {

    @JsonValue
    String wireValue();

    static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.wireValue().equals(value)).findFirst();
    }

    static <E extends Enum<E> & WireValue> String allOf(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireValue::wireValue).toList());
    }
}
