package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter and sort query parameters of {@code GET /api/v1/symptoms}. */
public class SymptomQueryParams {

    @QueryParam("bodyRegion")
    @Parameter(description = "Only symptoms felt in this body region.",
            schema = @Schema(implementation = BodyRegion.class), example = "knee")
    String bodyRegion;

    @QueryParam("sort")
    @Parameter(description = "Sort order: by name or by last update, `-` for descending.",
            schema = @Schema(implementation = SortOrder.class, defaultValue = "name"))
    String sort;

    public SymptomFilter toFilter(ParameterErrors errors) {
        return new SymptomFilter(
                errors.enumValue("bodyRegion", bodyRegion, BodyRegion.class, null),
                errors.enumValue("sort", sort, SortOrder.class, SortOrder.NAME));
    }
}
