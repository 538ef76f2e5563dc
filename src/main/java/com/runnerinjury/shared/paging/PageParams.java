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
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_PAGE,
                    defaultValue = "1"),
            example = "1")
    String page;

    @QueryParam("size")
    @Parameter(description = "Number of items per page, 1 to " + PageRequest.MAX_SIZE + ".",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                    defaultValue = "" + PageRequest.DEFAULT_SIZE),
            example = "" + PageRequest.DEFAULT_SIZE)
    String size;

    public PageRequest toPageRequest(ParameterErrors errors) {
        return new PageRequest(
                errors.integer("page", page, 1, PageRequest.MAX_PAGE).orElse(1),
                errors.integer("size", size, 1, PageRequest.MAX_SIZE).orElse(PageRequest.DEFAULT_SIZE));
    }
}
