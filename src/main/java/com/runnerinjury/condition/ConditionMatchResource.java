package com.runnerinjury.condition;

import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP access to symptom-based condition matching. */
@Path("/api/v1/condition-matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions")
public class ConditionMatchResource {

    private final ConditionMatchService service;

    public ConditionMatchResource(ConditionMatchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "matchConditions", summary = "Match conditions to symptoms",
            description = "Conditions ranked by how many of the given symptoms they list, with a disclaimer. "
                    + "An unknown symptom slug is a 400 naming it. This is information, not a diagnosis.")
    public ConditionMatchPage match(@BeanParam ConditionMatchParams query, @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        var slugs = query.toSymptomSlugs(errors);
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.match(slugs, page);
    }
}
