package com.runnerinjury.search;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP access to ranked full-text search over conditions, symptoms and modalities. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private static final int MAX_QUERY_LENGTH = 200;

    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "search", summary = "Search content",
            description = "Ranked hits over conditions, symptoms and modalities, best first. Matching ignores case "
                    + "and plurals and forgives small typos: `plantar fascitis` finds plantar fasciitis.")
    public Page<SearchHit> search(@Parameter(description = "The text to search for.", required = true,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200),
            example = "plantar fascitis") @QueryParam("q") String q,
            @Parameter(description = "Only hits of this type. Repeat it to accept several.",
                    schema = @Schema(type = SchemaType.ARRAY,
                            implementation = SearchType.class)) @QueryParam("type") List<String> types,
            @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        String query = errors.text("q", q, MAX_QUERY_LENGTH);
        if (query == null && (q == null || q.isBlank())) {
            errors.add("q", "is required");
        } else if (query != null && !service.isSearchable(query)) {
            errors.add("q", "must contain at least one word to search for");
        }
        var typeFilter = errors.enumValues("type", types, SearchType.class);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.search(query, typeFilter, page);
    }
}
