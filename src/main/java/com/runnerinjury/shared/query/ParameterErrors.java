package com.runnerinjury.shared.query;

import com.runnerinjury.shared.content.Slugs;
import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.shared.problem.FieldError;
import com.runnerinjury.shared.problem.InvalidParametersException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses raw query parameters and collects every problem found, so one 400 response names all the bad
 * parameters of a request instead of the first one only. Each parser returns a {@link Parsed} that tells an
 * absent parameter from an invalid one.
 */
public final class ParameterErrors {

    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public Parsed<Integer> integer(String name, String raw, int min, int max) {
        return parse(raw, text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, together with range errors
            }
            add(name, "must be a whole number between %d and %d".formatted(min, max));
            return null;
        });
    }

    /** An opaque feed cursor: the digits of a non-negative number, as the feed hands them out. */
    public Parsed<Long> cursor(String name, String raw) {
        return parse(raw, text -> {
            if (text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Long.parseLong(text);
            }
            add(name, "must be a cursor from an earlier response");
            return null;
        });
    }

    public <E extends Enum<E> & WireValue> Parsed<E> enumValue(String name, String raw, Class<E> type) {
        return parse(raw, text -> WireValue.parse(type, text).orElseGet(() -> {
            add(name, "must be one of: " + WireValue.allOf(type));
            return null;
        }));
    }

    public <E extends Enum<E> & WireValue> Parsed<Set<E>> enumValues(String name, List<String> raws,
            Class<E> type) {
        return all(raws, raw -> enumValue(name, raw, type));
    }

    public Parsed<String> slug(String name, String raw) {
        return parse(raw, slug -> {
            if (slug.length() > Slugs.MAX_LENGTH || !SLUG.matcher(slug).matches()) {
                add(name, "must be a lowercase kebab-case slug such as 'runners-knee'");
                return null;
            }
            return slug;
        });
    }

    public Parsed<Set<String>> slugs(String name, List<String> raws) {
        return all(raws, raw -> slug(name, raw));
    }

    public Parsed<String> text(String name, String raw, int maxLength) {
        return parse(raw, text -> {
            if (text.length() > maxLength) {
                add(name, "must be at most %d characters".formatted(maxLength));
                return null;
            }
            return text;
        });
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    /** Strips the raw value and parses it; the parser reports a bad value and returns null for it. */
    private static <T> Parsed<T> parse(String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return Parsed.absent();
        }
        T value = parser.apply(raw.strip());
        return value == null ? Parsed.invalid() : Parsed.valid(value);
    }

    /** A repeated parameter: absent when no value is given, invalid when any value is. */
    private static <T> Parsed<Set<T>> all(List<String> raws, Function<String, Parsed<T>> parser) {
        Set<T> values = new LinkedHashSet<>();
        boolean anyGiven = false;
        boolean anyInvalid = false;
        for (String raw : raws == null ? List.<String>of() : raws) {
            Parsed<T> parsed = parser.apply(raw);
            anyGiven |= !parsed.isAbsent();
            anyInvalid |= !parsed.isAbsent() && !parsed.isValid();
            if (parsed.isValid()) {
                values.add(parsed.orNull());
            }
        }
        if (!anyGiven) {
            return Parsed.absent();
        }
        return anyInvalid ? Parsed.invalid() : Parsed.valid(Collections.unmodifiableSet(values));
    }
}
