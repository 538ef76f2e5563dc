package com.runnerinjury.shared.paging;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code sort} query parameter of every list that has a natural name order. */
public class SortParams {

    @QueryParam("sort")
    @Parameter(description = "Sort order: by name (a claim's statement, a source's title) or by last update; "
            + "a leading `-` sorts descending.",
            schema = @Schema(implementation = SortOrder.class))
    String sort;

    public SortOrder toSortOrder(ParameterErrors errors) {
        return errors.enumValue("sort", sort, SortOrder.class).orElse(SortOrder.DEFAULT);
    }
}
