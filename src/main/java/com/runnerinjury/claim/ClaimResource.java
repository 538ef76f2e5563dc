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

/** HTTP access to claims. */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    private final ClaimService service;

    public ClaimResource(ClaimService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Published claims linking a modality to a condition or outcome, each with its evidence "
                    + "level, caveats and sources.")
    public Page<ClaimView> list(@BeanParam PageParams paging, @BeanParam ClaimQueryParams query,
            @BeanParam ModalityParam modality, @BeanParam ConditionParam condition, @BeanParam SortParams sorting) {
        var errors = new ParameterErrors();
        var filter = condition.applyTo(modality.applyTo(query.toFilter(errors, sorting.toSortOrder(errors)), errors),
                errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "Get a claim",
            description = "One published claim with its evidence level, caveats and sources.")
    public ClaimDetail get(@Parameter(description = "The claim's id.",
            example = "acupuncture-plantar-fasciitis-pain") @PathParam("id") String id) {
        return service.get(id);
    }
}
