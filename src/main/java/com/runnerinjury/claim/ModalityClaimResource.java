package com.runnerinjury.claim;

import com.runnerinjury.shared.content.ClaimView;
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

/** HTTP access to the claims made for one modality. */
@Path("/api/v1/modalities/{slug}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modalities")
public class ModalityClaimResource {

    private final ClaimService service;

    public ModalityClaimResource(ClaimService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listModalityClaims", summary = "List the claims for a modality",
            description = "Published claims made for one modality, filtered and paged.")
    public Page<ClaimView> list(
            @Parameter(description = "The modality's slug.", example = "acupuncture") @PathParam("slug") String slug,
            @BeanParam PageParams paging, @BeanParam ClaimQueryParams query, @BeanParam ConditionParam condition,
            @BeanParam SortParams sorting) {
        var errors = new ParameterErrors();
        var filter = condition.applyTo(query.toFilter(errors, sorting.toSortOrder(errors)), errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.listForModality(slug, filter, page);
    }
}
