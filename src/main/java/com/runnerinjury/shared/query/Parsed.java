package com.runnerinjury.shared.query;

/**
 * One query parameter after parsing: absent (not given, or blank), invalid (already reported to the
 * {@link ParameterErrors} that parsed it), or a valid value.
 */
public final class Parsed<T> {

    private static final Parsed<?> ABSENT = new Parsed<>(null, false);
    private static final Parsed<?> INVALID = new Parsed<>(null, true);

    private final T value;
    private final boolean invalid;

    private Parsed(T value, boolean invalid) {
        this.value = value;
        this.invalid = invalid;
    }

    @SuppressWarnings("unchecked")
    static <T> Parsed<T> absent() {
        return (Parsed<T>) ABSENT;
    }

    @SuppressWarnings("unchecked")
    static <T> Parsed<T> invalid() {
        return (Parsed<T>) INVALID;
    }

    static <T> Parsed<T> valid(T value) {
        return new Parsed<>(value, false);
    }

    public boolean isAbsent() {
        return this == ABSENT;
    }

    public boolean isValid() {
        return value != null;
    }

    /** The value when valid; otherwise the fallback (an invalid value has been reported already). */
    public T orElse(T fallback) {
        return isValid() ? value : fallback;
    }

    /** The value when valid, else null: "do not filter on this". */
    public T orNull() {
        return value;
    }

    @Override
    public String toString() {
        return isAbsent() ? "absent" : invalid ? "invalid" : "valid(" + value + ")";
    }
}
