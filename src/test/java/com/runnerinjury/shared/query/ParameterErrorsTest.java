package com.runnerinjury.shared.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.problem.FieldError;
import com.runnerinjury.shared.problem.InvalidParametersException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of query parameter parsing: each parser's rules, absent versus invalid, and all errors together. */
class ParameterErrorsTest {

    private final ParameterErrors errors = new ParameterErrors();

    // ---------------------------------------------------------------------------------------------
    // integer
    // ---------------------------------------------------------------------------------------------

    @Test
    void tellsAMissingOrBlankIntegerIsAbsent() {
        assertTrue(errors.integer("size", null, 1, 100).isAbsent());
        assertTrue(errors.integer("size", "", 1, 100).isAbsent());
        assertEquals(20, errors.integer("size", "  ", 1, 100).orElse(20));
        assertEquals(List.of(), reported());
    }

    @Test
    void acceptsAnIntegerWithinItsBoundsInclusive() {
        assertEquals(1, errors.integer("size", "1", 1, 100).orElse(20));
        assertEquals(100, errors.integer("size", "100", 1, 100).orElse(20));
        assertEquals(7, errors.integer("size", " 7 ", 1, 100).orElse(20));
        assertEquals(List.of(), reported());
    }

    @ParameterizedTest(name = "size={0}")
    @ValueSource(strings = {"0", "101", "-1", "ten", "2.5", "1e2", "99999999999", "0x10"})
    void reportsAnIntegerOutOfBoundsOrMalformedAsInvalid(String raw) {
        Parsed<Integer> size = errors.integer("size", raw, 1, 100);
        assertFalse(size.isAbsent());
        assertFalse(size.isValid());
        assertEquals(20, size.orElse(20));
        assertEquals(List.of(new FieldError("size", "must be a whole number between 1 and 100")), reported());
    }

    // ---------------------------------------------------------------------------------------------
    // enumValue and enumValues
    // ---------------------------------------------------------------------------------------------

    @Test
    void parsesAnEnumByItsWireValue() {
        assertEquals(SortOrder.UPDATED_AT_DESCENDING, errors.enumValue("sort", "-updatedAt", SortOrder.class).orNull());
        assertEquals(BodyRegion.LOWER_LEG, errors.enumValue("bodyRegion", " lower-leg ", BodyRegion.class).orNull());
        assertEquals(List.of(), reported());
    }

    @Test
    void tellsAMissingOrBlankEnumIsAbsent() {
        assertTrue(errors.enumValue("sort", null, SortOrder.class).isAbsent());
        assertTrue(errors.enumValue("bodyRegion", " ", BodyRegion.class).isAbsent());
        assertEquals(List.of(), reported());
    }

    @Test
    void reportsAnUnknownEnumListingEveryWireValue() {
        assertEquals(SortOrder.NAME, errors.enumValue("sort", "popularity", SortOrder.class).orElse(SortOrder.NAME));
        assertNull(errors.enumValue("bodyRegion", "KNEE", BodyRegion.class).orNull());
        assertEquals(List.of(new FieldError("sort", "must be one of: name, -name, updatedAt, -updatedAt"),
                new FieldError("bodyRegion", "must be one of: lower-back, hip, thigh, knee, lower-leg, foot, general")),
                reported());
    }

    @Test
    void collectsRepeatedEnumsOnceEachInOrderSkippingBlanks() {
        assertEquals(List.of(BodyRegion.KNEE, BodyRegion.FOOT), List.copyOf(errors.enumValues("bodyRegion",
                Arrays.asList("knee", "", null, "foot", "knee"), BodyRegion.class).orNull()));
        assertTrue(errors.enumValues("bodyRegion", null, BodyRegion.class).isAbsent());
        assertTrue(errors.enumValues("bodyRegion", Arrays.asList("", null), BodyRegion.class).isAbsent());
        assertEquals(List.of(), reported());
    }

    @Test
    void reportsEachUnknownRepeatedEnumAndTellsTheWholeParameterIsInvalid() {
        Parsed<Set<BodyRegion>> regions = errors.enumValues("bodyRegion", List.of("elbow", "knee", "wrist"),
                BodyRegion.class);
        assertFalse(regions.isAbsent());
        assertFalse(regions.isValid());
        assertEquals(List.of("bodyRegion", "bodyRegion"), reported().stream().map(FieldError::field).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // slug and slugs
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"runners-knee", "knee", "v2", "a-1-b"})
    void acceptsALowercaseKebabCaseSlug(String slug) {
        assertEquals(slug, errors.slug("symptom", slug).orNull());
        assertEquals(List.of(), reported());
    }

    @Test
    void trimsASlugAndTakesABlankOneAsAbsent() {
        assertEquals("knee-pain", errors.slug("symptom", "  knee-pain ").orNull());
        assertTrue(errors.slug("symptom", null).isAbsent());
        assertTrue(errors.slug("symptom", "   ").isAbsent());
        assertEquals(List.of(), reported());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Knee-Pain", "knee_pain", "knee pain", "-knee", "knee-", "knee--pain", "knée"})
    void reportsAValueThatIsNotASlug(String raw) {
        assertNull(errors.slug("symptom", raw).orNull());
        assertEquals(List.of(new FieldError("symptom", "must be a lowercase kebab-case slug such as 'runners-knee'")),
                reported());
    }

    @Test
    void acceptsSlugsOfUpToEightyCharacters() {
        assertEquals("a".repeat(80), errors.slug("symptom", "a".repeat(80)).orNull());
        assertNull(errors.slug("symptom", "a".repeat(81)).orNull());
        assertEquals(List.of("symptom"), reported().stream().map(FieldError::field).toList());
    }

    @Test
    void collectsRepeatedSlugsOnceEachInOrder() {
        assertEquals(List.of("knee-pain", "heel-pain"), List.copyOf(errors.slugs("symptom",
                Arrays.asList("knee-pain", null, "heel-pain", " knee-pain", "")).orNull()));
        assertTrue(errors.slugs("symptom", null).isAbsent());
        assertEquals(List.of(), reported());
    }

    @Test
    void reportsEachBadRepeatedSlug() {
        assertFalse(errors.slugs("symptom", Arrays.asList("knee-pain", "Bad Slug", "also_bad")).isValid());
        assertEquals(List.of("symptom", "symptom"), reported().stream().map(FieldError::field).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // text
    // ---------------------------------------------------------------------------------------------

    @Test
    void stripsTextAndTakesBlankTextAsAbsent() {
        assertEquals("plantar fascitis", errors.text("q", "  plantar fascitis\t", 200).orNull());
        assertTrue(errors.text("q", null, 200).isAbsent());
        assertTrue(errors.text("q", " \n ", 200).isAbsent());
        assertEquals(List.of(), reported());
    }

    @Test
    void acceptsTextUpToItsMaximumLengthAfterStripping() {
        assertEquals("a".repeat(200), errors.text("q", "  " + "a".repeat(200) + "  ", 200).orNull());
        assertEquals(List.of(), reported());
    }

    @Test
    void reportsTextLongerThanItsMaximum() {
        Parsed<String> text = errors.text("q", "a".repeat(201), 200);
        assertFalse(text.isAbsent());
        assertNull(text.orNull());
        assertEquals(List.of(new FieldError("q", "must be at most 200 characters")), reported());
    }

    // ---------------------------------------------------------------------------------------------
    // collecting errors
    // ---------------------------------------------------------------------------------------------

    @Test
    void throwsNothingWhenEveryParameterIsValid() {
        errors.integer("page", "2", 1, 1_000_000);
        errors.slug("modality", "cupping");
        assertDoesNotThrow(errors::throwIfAny);
    }

    @Test
    void reportsEveryErrorInOneExceptionInTheOrderFound() {
        errors.integer("page", "0", 1, 1_000_000);
        errors.enumValue("sort", "popularity", SortOrder.class);
        errors.slug("modality", "Dry Needling");
        errors.add("q", "is required");
        InvalidParametersException e = assertThrows(InvalidParametersException.class, errors::throwIfAny);
        assertEquals(List.of("page", "sort", "modality", "q"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("These parameters are invalid: page, sort, modality, q.", e.getMessage());
    }

    @Test
    void namesTheOneBadParameterAndWhyInTheMessage() {
        errors.integer("size", "101", 1, 100);
        InvalidParametersException e = assertThrows(InvalidParametersException.class, errors::throwIfAny);
        assertEquals("The parameter 'size' is invalid: must be a whole number between 1 and 100.", e.getMessage());
    }

    @Test
    void namesAParameterWithSeveralErrorsOnceInTheMessage() {
        errors.slugs("symptom", List.of("A", "B"));
        InvalidParametersException e = assertThrows(InvalidParametersException.class, errors::throwIfAny);
        assertEquals(2, e.errors().size());
        assertEquals("These parameters are invalid: symptom.", e.getMessage());
    }

    private List<FieldError> reported() {
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidParametersException e) {
            return e.errors();
        }
    }
}
