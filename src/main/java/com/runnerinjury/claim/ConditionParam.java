package com.runnerinjury.claim;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code condition} filter of the claim lists whose path does not fix the condition. */
public class ConditionParam {

    @QueryParam("condition")
    @Parameter(description = "Only claims about this condition (slug).", example = "plantar-fasciitis")
    String condition;

    public ClaimFilter applyTo(ClaimFilter filter, ParameterErrors errors) {
        return filter.withCondition(errors.slug("condition", condition).orNull());
    }
}
