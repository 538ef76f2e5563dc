package com.runnerinjury.condition;

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

/** HTTP access to running conditions. The claims about one are served by the claim feature. */
@Path("/api/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions")
public class ConditionResource {

    private final ConditionService service;
    private final EditorialService editorial;
    private final ConditionEditing editing;
    private final SecurityIdentity identity;

    public ConditionResource(ConditionService service, EditorialService editorial, ConditionEditing editing,
            SecurityIdentity identity) {
        this.service = service;
        this.editorial = editorial;
        this.editing = editing;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listConditions", summary = "List conditions",
            description = "Published running conditions, filtered and paged.")
    public Page<ConditionSummary> list(@BeanParam PageParams paging, @BeanParam ConditionQueryParams query,
            @BeanParam SortParams sorting) {
        var errors = new ParameterErrors();
        var filter = query.toFilter(errors, sorting.toSortOrder(errors));
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.list(filter, page);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getCondition", summary = "Get a condition",
            description = "One published condition with its symptoms, when to see a doctor, and every claim about "
                    + "treating it.")
    public RestResponse<ConditionDetail> get(
            @Parameter(description = "The condition's slug.",
                    example = "runners-knee") @PathParam("slug") String slug,
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
