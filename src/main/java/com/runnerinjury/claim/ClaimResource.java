package com.runnerinjury.claim;

import com.runnerinjury.shared.content.ClaimView;
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

/** HTTP access to claims. */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    private final ClaimService service;
    private final EditorialService editorial;
    private final ClaimEditing editing;
    private final SecurityIdentity identity;

    public ClaimResource(ClaimService service, EditorialService editorial, ClaimEditing editing,
            SecurityIdentity identity) {
        this.service = service;
        this.editorial = editorial;
        this.editing = editing;
        this.identity = identity;
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
    public RestResponse<ClaimDetail> get(@Parameter(description = "The claim's id.",
            example = "acupuncture-plantar-fasciitis-natural-opioids") @PathParam("id") String id,
            @BeanParam ReadStatusParams status) {
        var errors = new ParameterErrors();
        ReadStatus wanted = status.toStatus(errors);
        errors.throwIfAny();
        if (wanted == ReadStatus.PUBLISHED) {
            return RestResponse.ok(service.get(id));
        }
        return EditorialResponses.read(editorial.read(editing, id, wanted == ReadStatus.DRAFT, Editor.of(identity)));
    }
}
