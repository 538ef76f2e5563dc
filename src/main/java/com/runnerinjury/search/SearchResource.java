package com.runnerinjury.search;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP access to ranked full-text search over conditions, symptoms and modalities. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "search", summary = "Search content",
            description = "Ranked hits over conditions, symptoms and modalities, best first. Matching ignores case "
                    + "and plurals and forgives small typos: `plantar fascitis` finds plantar fasciitis.")
    public Page<SearchHit> search(@BeanParam SearchQueryParams query, @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        var text = query.toText(errors);
        var types = query.toTypes(errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.search(text, types, page);
    }
}
