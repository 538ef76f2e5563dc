package com.runnerinjury.condition;

import com.runnerinjury.shared.paging.PageParams;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP access to symptom-based condition matching. */
@Path("/api/v1/condition-matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions")
public class ConditionMatchResource {

    private static final int MAX_SYMPTOMS = 20;

    private final ConditionMatchService service;

    public ConditionMatchResource(ConditionMatchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "matchConditions", summary = "Match conditions to symptoms",
            description = "Conditions ranked by how many of the given symptoms they list, with a disclaimer. "
                    + "An unknown symptom slug is a 400 naming it. This is information, not a diagnosis.")
    public ConditionMatchPage match(@Parameter(description = "A symptom slug; repeat it for each symptom (1 to 20).",
            required = true,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    minItems = 1, maxItems = 20),
            example = "[\"knee-pain\", \"dull-knee-ache\"]") @QueryParam("symptom") List<String> symptoms,
            @BeanParam PageParams paging) {
        var errors = new ParameterErrors();
        var slugs = errors.slugs("symptom", symptoms);
        if (symptoms == null || symptoms.stream().allMatch(s -> s == null || s.isBlank())) {
            errors.add("symptom", "is required: give at least one symptom slug");
        } else if (slugs.size() > MAX_SYMPTOMS) {
            errors.add("symptom", "must be given at most %d times".formatted(MAX_SYMPTOMS));
        }
        var page = paging.toPageRequest(errors);
        errors.throwIfAny();
        return service.match(slugs, page);
    }
}
