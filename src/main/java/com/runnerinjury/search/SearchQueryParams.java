package com.runnerinjury.search;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/v1/search}: the text, and the kinds of hit wanted. */
public class SearchQueryParams {

    static final int MAX_QUERY_LENGTH = 200;

    @QueryParam("q")
    @Parameter(description = "The text to search for.", required = true,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = MAX_QUERY_LENGTH),
            example = "plantar fascitis")
    String q;

    @QueryParam("type")
    @Parameter(description = "Only hits of this type. Repeat it to accept several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = SearchType.class))
    List<String> types;

    /** The text to search for: required, and with at least one word search can use. */
    public String toText(ParameterErrors errors) {
        var text = errors.text("q", q, MAX_QUERY_LENGTH);
        if (text.isAbsent()) {
            errors.add("q", "is required");
        } else if (text.isValid() && TextAnalyzer.terms(text.orNull()).isEmpty()) {
            errors.add("q", "must contain at least one word to search for");
        }
        return text.orNull();
    }

    /** The kinds of hit wanted; empty for all. */
    public Set<SearchType> toTypes(ParameterErrors errors) {
        return errors.enumValues("type", types, SearchType.class).orElse(Set.of());
    }
}
