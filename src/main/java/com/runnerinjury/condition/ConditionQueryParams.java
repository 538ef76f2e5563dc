package com.runnerinjury.condition;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter query parameters of {@code GET /api/v1/conditions}. */
public class ConditionQueryParams {

    static final int MAX_TEXT_LENGTH = 200;

    @QueryParam("bodyRegion")
    @Parameter(description = "Only conditions felt in this body region.",
            schema = @Schema(implementation = BodyRegion.class), example = "knee")
    String bodyRegion;

    @QueryParam("symptom")
    @Parameter(description = "Only conditions that list this symptom (slug). Repeat it to require several: "
            + "all must match.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "[\"knee-pain\"]")
    List<String> symptoms;

    @QueryParam("modality")
    @Parameter(description = "Only conditions with at least one claim for this modality (slug).",
            example = "acupuncture")
    String modality;

    @QueryParam("q")
    @Parameter(description = "Free text matched against names, aliases and descriptions; tolerant of case, plurals "
            + "and small typos.",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT_LENGTH), example = "heel")
    String q;

    public ConditionFilter toFilter(ParameterErrors errors, SortOrder sort) {
        return new ConditionFilter(
                errors.enumValue("bodyRegion", bodyRegion, BodyRegion.class).orNull(),
                errors.slugs("symptom", symptoms).orElse(Set.of()),
                errors.slug("modality", modality).orNull(),
                errors.text("q", q, MAX_TEXT_LENGTH).orNull(),
                sort);
    }
}
