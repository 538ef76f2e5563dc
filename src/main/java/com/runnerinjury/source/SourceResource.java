package com.runnerinjury.source;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.paging.SortParams;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP access to the sources that claims cite. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    private final SourceService service;

    public SourceResource(SourceService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "The publications claims are attributed to, with how many claims cite each. "
                    + "Sorting by `name` sorts by title.")
    public Page<SourceView> list(@BeanParam PageParams paging, @BeanParam SortParams sorting) {
        var errors = new ParameterErrors();
        var order = sorting.toSortOrder(errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.list(order, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get a source",
            description = "One publication and how many published claims cite it.")
    public SourceView get(@Parameter(description = "The source's id.",
            example = "how-acupuncture-helps-runners") @PathParam("id") String id) {
        return service.get(id);
    }
}
