package com.runnerinjury.condition;

import com.runnerinjury.claim.ClaimQueryParams;
import com.runnerinjury.claim.ClaimView;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP access to running conditions and the claims made about each. */
@Path("/api/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions")
public class ConditionResource {

    private final ConditionService service;

    public ConditionResource(ConditionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listConditions", summary = "List conditions",
            description = "Published running conditions, filtered and paged.")
    public Page<ConditionSummary> list(@BeanParam PageParams paging, @BeanParam ConditionQueryParams query) {
        var errors = new ParameterErrors();
        var filter = query.toFilter(errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.list(filter, page);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getCondition", summary = "Get a condition",
            description = "One published condition with its symptoms, when to see a doctor, and every claim about "
                    + "treating it.")
    public ConditionDetail get(@Parameter(description = "The condition's slug.",
            example = "runners-knee") @PathParam("slug") String slug) {
        return service.get(slug);
    }

    @GET
    @Path("/{slug}/claims")
    @Operation(operationId = "listConditionClaims", summary = "List the claims about a condition",
            description = "Published claims about one condition, filtered and paged.")
    public Page<ClaimView> claims(
            @Parameter(description = "The condition's slug.", example = "runners-knee") @PathParam("slug") String slug,
            @BeanParam PageParams paging, @BeanParam ClaimQueryParams query,
            @Parameter(description = "Only claims for this modality (slug).",
                    example = "acupuncture") @QueryParam("modality") String modality) {
        var errors = new ParameterErrors();
        var filter = query.toFilter(errors).withModality(errors.slug("modality", modality));
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.claims(slug, filter, page);
    }
}
