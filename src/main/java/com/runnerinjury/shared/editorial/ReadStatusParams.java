package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code status} query parameter of a detail read, by which editors ask for drafts. */
public class ReadStatusParams {

    @QueryParam("status")
    @Parameter(description = "`draft` or `all` to read drafts, with an editor's or publisher's bearer token; "
            + "`published` (the default) for the public content.",
            schema = @Schema(implementation = ReadStatus.class), example = "published")
    String status;

    public ReadStatus toStatus(ParameterErrors errors) {
        return errors.enumValue("status", status, ReadStatus.class).orElse(ReadStatus.PUBLISHED);
    }
}
