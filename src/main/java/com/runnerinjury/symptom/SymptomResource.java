package com.runnerinjury.symptom;

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

/** HTTP access to symptoms. */
@Path("/api/v1/symptoms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Symptoms")
public class SymptomResource {

    private final SymptomService service;
    private final EditorialService editorial;
    private final SymptomEditing editing;
    private final SecurityIdentity identity;

    public SymptomResource(SymptomService service, EditorialService editorial, SymptomEditing editing,
            SecurityIdentity identity) {
        this.service = service;
        this.editorial = editorial;
        this.editing = editing;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listSymptoms", summary = "List symptoms",
            description = "Published symptoms, each with the conditions that list it, one page at a time.")
    public Page<SymptomView> list(@BeanParam PageParams paging, @BeanParam SymptomQueryParams query,
            @BeanParam SortParams sorting) {
        var errors = new ParameterErrors();
        var filter = query.toFilter(errors, sorting.toSortOrder(errors));
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.list(filter, page);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getSymptom", summary = "Get a symptom",
            description = "One published symptom and the conditions that list it.")
    public RestResponse<SymptomView> get(
            @Parameter(description = "The symptom's slug.", example = "knee-pain") @PathParam("slug") String slug,
            @BeanParam ReadStatusParams status) {
        var errors = new ParameterErrors();
        ReadStatus wanted = status.toStatus(errors);
        errors.throwIfAny();
        if (wanted == ReadStatus.PUBLISHED) {
            return RestResponse.ok(service.get(slug));
        }
        return EditorialResponses.read(editorial.read(editing, slug, wanted == ReadStatus.DRAFT,
                Editor.of(identity)));
    }
}
