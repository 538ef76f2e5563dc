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

/** HTTP access to the claims about one condition. */
@Path("/api/v1/conditions/{slug}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions")
public class ConditionClaimResource {

    private final ClaimService service;

    public ConditionClaimResource(ClaimService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listConditionClaims", summary = "List the claims about a condition",
            description = "Published claims about one condition, filtered and paged.")
    public Page<ClaimView> list(
            @Parameter(description = "The condition's slug.", example = "runners-knee") @PathParam("slug") String slug,
            @BeanParam PageParams paging, @BeanParam ClaimQueryParams query, @BeanParam ModalityParam modality,
            @BeanParam SortParams sorting) {
        var errors = new ParameterErrors();
        var filter = modality.applyTo(query.toFilter(errors, sorting.toSortOrder(errors)), errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.listAboutCondition(slug, filter, page);
    }
}
