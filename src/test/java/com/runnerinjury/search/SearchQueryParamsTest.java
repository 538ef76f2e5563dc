package com.runnerinjury.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.runnerinjury.shared.problem.FieldError;
import com.runnerinjury.shared.problem.InvalidParametersException;
import com.runnerinjury.shared.query.ParameterErrors;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unit tests of the search parameters: a required text with words to search for, and the hit types. */
class SearchQueryParamsTest {

    private final ParameterErrors errors = new ParameterErrors();

    @Test
    void takesTheStrippedTextAndEveryTypeByDefault() {
        SearchQueryParams params = params("  plantar fascitis ", null);
        assertEquals("plantar fascitis", params.toText(errors));
        assertEquals(Set.of(), params.toTypes(errors));
        errors.throwIfAny();
    }

    @Test
    void requiresTheText() {
        assertEquals(List.of(new FieldError("q", "is required")), reported(params(" ", null)));
    }

    @Test
    void rejectsTextWithOnlyStopWordsOrPunctuation() {
        assertEquals(List.of(new FieldError("q", "must contain at least one word to search for")),
                reported(params("the and of", null)));
        assertEquals(List.of(new FieldError("q", "must contain at least one word to search for")),
                reported(params(" - ", null)));
    }

    @Test
    void rejectsOverlongTextOnceWithoutTheWordCheck() {
        assertEquals(List.of(new FieldError("q", "must be at most 200 characters")),
                reported(params("a".repeat(SearchQueryParams.MAX_QUERY_LENGTH + 1), null)));
    }

    @Test
    void parsesRepeatedTypesAndReportsUnknownOnes() {
        assertEquals(Set.of(SearchType.SYMPTOM, SearchType.MODALITY),
                params("knee", List.of("symptom", "modality")).toTypes(errors));
        assertEquals(List.of(new FieldError("type", "must be one of: condition, symptom, modality")),
                reported(params("knee", List.of("symptom", "article"))));
    }

    private static SearchQueryParams params(String q, List<String> types) {
        SearchQueryParams params = new SearchQueryParams();
        params.q = q;
        params.types = types;
        return params;
    }

    private static List<FieldError> reported(SearchQueryParams params) {
        ParameterErrors fresh = new ParameterErrors();
        params.toText(fresh);
        params.toTypes(fresh);
        return assertThrows(InvalidParametersException.class, fresh::throwIfAny).errors();
    }
}
