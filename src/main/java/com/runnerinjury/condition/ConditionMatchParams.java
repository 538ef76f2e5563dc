package com.runnerinjury.condition;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/v1/condition-matches}: the symptoms to match. */
public class ConditionMatchParams {

    static final int MAX_SYMPTOMS = 20;

    @QueryParam("symptom")
    @Parameter(description = "A symptom slug; repeat it for each symptom (1 to " + MAX_SYMPTOMS + ").",
            required = true,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, minItems = 1,
                    maxItems = MAX_SYMPTOMS),
            example = "[\"knee-pain\", \"dull-knee-ache\"]")
    List<String> symptoms;

    public Set<String> toSymptomSlugs(ParameterErrors errors) {
        var slugs = errors.slugs("symptom", symptoms);
        if (slugs.isAbsent()) {
            errors.add("symptom", "is required: give at least one symptom slug");
        } else if (slugs.orElse(Set.of()).size() > MAX_SYMPTOMS) {
            errors.add("symptom", "must be given at most %d times".formatted(MAX_SYMPTOMS));
        }
        return slugs.orElse(Set.of());
    }
}
