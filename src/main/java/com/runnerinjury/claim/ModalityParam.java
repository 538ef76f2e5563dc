package com.runnerinjury.claim;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code modality} filter of the claim lists whose path does not fix the modality. */
public class ModalityParam {

    @QueryParam("modality")
    @Parameter(description = "Only claims for this modality (slug).", example = "cupping")
    String modality;

    public ClaimFilter applyTo(ClaimFilter filter, ParameterErrors errors) {
        return filter.withModality(errors.slug("modality", modality).orNull());
    }
}
