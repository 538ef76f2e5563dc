package com.runnerinjury.shared.query;

import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.shared.problem.FieldError;
import com.runnerinjury.shared.problem.InvalidParametersException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses raw query parameters and collects every problem found, so one 400 response names all the bad
 * parameters of a request instead of the first one only.
 */
public final class ParameterErrors {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG_LENGTH = 80;

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, together with range errors
        }
        add(name, "must be a whole number between %d and %d".formatted(min, max));
        return defaultValue;
    }

    public <E extends Enum<E> & WireValue> E enumValue(String name, String raw, Class<E> type, E defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return WireValue.parse(type, raw.trim()).orElseGet(() -> {
            add(name, "must be one of: " + WireValue.allOf(type));
            return defaultValue;
        });
    }

    public <E extends Enum<E> & WireValue> Set<E> enumValues(String name, List<String> raws, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String raw : nonBlank(raws)) {
            E value = enumValue(name, raw, type, null);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    public String slug(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String slug = raw.trim();
        if (slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            add(name, "must be a lowercase kebab-case slug such as 'runners-knee'");
            return null;
        }
        return slug;
    }

    public Set<String> slugs(String name, List<String> raws) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String raw : nonBlank(raws)) {
            String slug = slug(name, raw);
            if (slug != null) {
                slugs.add(slug);
            }
        }
        return slugs;
    }

    public String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            add(name, "must be at most %d characters".formatted(maxLength));
            return null;
        }
        return text;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    private static List<String> nonBlank(List<String> raws) {
        return raws == null ? List.of() : raws.stream().filter(r -> r != null && !r.isBlank()).toList();
    }
}
