package com.runnerinjury.shared.paging;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list. Taken as text so that a malformed value
 * becomes a 400 problem naming the parameter rather than a framework error.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "1-based page number. A page past the end returns an empty `items` list.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"),
            example = "1")
    String page;

    @QueryParam("size")
    @Parameter(description = "Number of items per page, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"),
            example = "20")
    String size;

    public PageRequest toPageRequest(ParameterErrors errors) {
        return new PageRequest(
                errors.integer("page", page, 1, 1, PageRequest.MAX_PAGE),
                errors.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }
}
