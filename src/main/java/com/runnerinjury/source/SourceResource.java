package com.runnerinjury.source;

import com.runnerinjury.shared.editorial.Editor;
import com.runnerinjury.shared.editorial.EditorialResponses;
import com.runnerinjury.shared.editorial.EditorialService;
import com.runnerinjury.shared.editorial.ReadStatus;
import com.runnerinjury.shared.editorial.ReadStatusParams;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.paging.SortParams;
import com.runnerinjury.shared.query.ParameterErrors;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP access to the sources that claims cite. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    private final SourceService service;
    private final EditorialService editorial;
    private final SourceEditing editing;
    private final SecurityIdentity identity;

    public SourceResource(SourceService service, EditorialService editorial, SourceEditing editing,
            SecurityIdentity identity) {
        this.service = service;
        this.editorial = editorial;
        this.editing = editing;
        this.identity = identity;
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
    public RestResponse<SourceView> get(@Parameter(description = "The source's id.",
            example = "how-acupuncture-helps-runners") @PathParam("id") String id,
            @BeanParam ReadStatusParams status) {
        var errors = new ParameterErrors();
        ReadStatus wanted = status.toStatus(errors);
        errors.throwIfAny();
        if (wanted == ReadStatus.PUBLISHED) {
            return RestResponse.ok(service.get(id));
        }
        return EditorialResponses.read(editorial.read(editing, id, wanted == ReadStatus.DRAFT,
                Editor.of(identity)));
    }
}
