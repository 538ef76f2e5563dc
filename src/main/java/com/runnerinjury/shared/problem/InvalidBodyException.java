package com.runnerinjury.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.runnerinjury.shared.content.WireValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a request body is malformed, incomplete or names content that does not exist; a 400 problem. */
public class InvalidBodyException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidBodyException(List<FieldError> errors) {
        super(errors.size() == 1
                ? "The field '%s' is invalid: %s.".formatted(errors.get(0).field(), errors.get(0).message())
                : "These fields are invalid: %s.".formatted(String.join(", ",
                        errors.stream().map(FieldError::field).distinct().toList())));
        this.errors = List.copyOf(errors);
    }

    public InvalidBodyException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A body Jackson could not read, with the field it failed at. */
    public static InvalidBodyException unreadable(JsonProcessingException e) {
        return new InvalidBodyException(List.of(fieldError(e)));
    }

    private static FieldError fieldError(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return new FieldError("body", "must be a JSON object of the documented shape");
        }
        String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a field of this body");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            return new FieldError(field, "must be one of: " + String.join(", ", Arrays
                    .stream(format.getTargetType().getEnumConstants())
                    .map(value -> value instanceof WireValue wire ? wire.wireValue() : String.valueOf(value))
                    .toList()));
        }
        return new FieldError(field, "has the wrong type");
    }
}
