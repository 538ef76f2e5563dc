package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter query parameters of {@code GET /api/v1/symptoms}. */
public class SymptomQueryParams {

    @QueryParam("bodyRegion")
    @Parameter(description = "Only symptoms felt in this body region.",
            schema = @Schema(implementation = BodyRegion.class), example = "knee")
    String bodyRegion;

    public SymptomFilter toFilter(ParameterErrors errors, SortOrder sort) {
        return new SymptomFilter(errors.enumValue("bodyRegion", bodyRegion, BodyRegion.class).orNull(), sort);
    }
}
