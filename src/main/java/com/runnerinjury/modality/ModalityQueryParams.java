package com.runnerinjury.modality;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter query parameters of {@code GET /api/v1/modalities}. */
public class ModalityQueryParams {

    @QueryParam("category")
    @Parameter(description = "Only modalities of this category.",
            schema = @Schema(implementation = ModalityCategory.class))
    String category;

    /** The category to list, or null for all. */
    public ModalityCategory toCategory(ParameterErrors errors) {
        return errors.enumValue("category", category, ModalityCategory.class).orNull();
    }
}
