package com.runnerinjury.shared.problem;

import java.util.List;

/** Thrown when one or more request parameters are malformed or out of range; becomes a 400 problem. */
public class InvalidParametersException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidParametersException(List<FieldError> errors) {
        super(errors.size() == 1
                ? "The parameter '%s' is invalid: %s.".formatted(errors.get(0).field(), errors.get(0).message())
                : "These parameters are invalid: %s.".formatted(String.join(", ",
                        errors.stream().map(FieldError::field).distinct().toList())));
        this.errors = List.copyOf(errors);
    }

    public InvalidParametersException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
