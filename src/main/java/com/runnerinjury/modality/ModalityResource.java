package com.runnerinjury.modality;

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

/** HTTP access to treatment modalities. The claims made for one are served by the claim feature. */
@Path("/api/v1/modalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modalities")
public class ModalityResource {

    private final ModalityService service;
    private final EditorialService editorial;
    private final ModalityEditing editing;
    private final SecurityIdentity identity;

    public ModalityResource(ModalityService service, EditorialService editorial, ModalityEditing editing,
            SecurityIdentity identity) {
        this.service = service;
        this.editorial = editorial;
        this.editing = editing;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listModalities", summary = "List modalities",
            description = "Published treatment modalities: what each involves, what a session is like and how to "
                    + "stay safe. Fetch one for the claims made for it.")
    public Page<ModalitySummary> list(@BeanParam PageParams paging, @BeanParam ModalityQueryParams query,
            @BeanParam SortParams sorting) {
        var errors = new ParameterErrors();
        var category = query.toCategory(errors);
        var order = sorting.toSortOrder(errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.list(category, order, page);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getModality", summary = "Get a modality",
            description = "One published modality with what to expect, safety notes and every claim made for it.")
    public RestResponse<ModalityDetail> get(
            @Parameter(description = "The modality's slug.", example = "acupuncture") @PathParam("slug") String slug,
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
