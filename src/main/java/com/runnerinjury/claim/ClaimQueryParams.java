package com.runnerinjury.claim;

import com.runnerinjury.shared.content.EvidenceLevel;
import com.runnerinjury.shared.content.Outcome;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every claim list shares: evidence level and outcome. The lists add {@link ModalityParam} or
 * {@link ConditionParam} where the path does not already fix them.
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

    public ClaimFilter toFilter(ParameterErrors errors, SortOrder sort) {
        return new ClaimFilter(null, null,
                errors.enumValues("evidenceLevel", evidenceLevels, EvidenceLevel.class).orElse(Set.of()),
                errors.enumValues("outcome", outcomes, Outcome.class).orElse(Set.of()),
                sort);
    }
}
