package com.runnerinjury.change;

import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/v1/changes}. */
public class ChangeQueryParams {

    @QueryParam("after")
    @Parameter(description = "A cursor from an earlier response: only changes after it. Omit to read from the "
            + "first change.", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$"), example = "42")
    String after;

    @QueryParam("size")
    @Parameter(description = "At most this many changes.", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE),
            example = "20")
    String size;

    long cursor(ParameterErrors errors) {
        return errors.cursor("after", after).orElse(0L);
    }

    int size(ParameterErrors errors) {
        return errors.integer("size", size, 1, PageRequest.MAX_SIZE).orElse(PageRequest.DEFAULT_SIZE);
    }
}
