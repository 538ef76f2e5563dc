package com.runnerinjury.claim;

import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every claim list shares: evidence level, outcome and sort. The lists add a {@code modality}
 * or {@code condition} filter where it is not already fixed by the path.
 */
public class ClaimQueryParams {

    @QueryParam("evidenceLevel")
    @Parameter(description = "Only claims resting on this kind of evidence. Repeat it to accept several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceLevel.class),
            example = "[\"study-reported\"]")
    List<String> evidenceLevels;

    @QueryParam("outcome")
    @Parameter(description = "Only claims about this outcome. Repeat it to accept several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Outcome.class),
            example = "[\"pain-relief\"]")
    List<String> outcomes;

    @QueryParam("sort")
    @Parameter(description = "Sort order: `name` sorts by statement, `updatedAt` by last update; `-` for descending.",
            schema = @Schema(implementation = SortOrder.class, defaultValue = "name"))
    String sort;

    public ClaimFilter toFilter(ParameterErrors errors) {
        return new ClaimFilter(null, null,
                errors.enumValues("evidenceLevel", evidenceLevels, EvidenceLevel.class),
                errors.enumValues("outcome", outcomes, Outcome.class),
                errors.enumValue("sort", sort, SortOrder.class, SortOrder.NAME));
    }
}
