package com.runnerinjury.change;

import com.runnerinjury.shared.query.ParameterErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP access to the public feed of changes to published content. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeResource {

    /** The feed grows with every publication: caches must revalidate, which the ETag makes cheap. */
    private static final String REVALIDATE = "no-cache";

    private final ChangeService service;

    public ChangeResource(ChangeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow changes to published content",
            description = "Changes to published content in commit order: publishing an item is `created`, "
                    + "publishing a new version or a review `updated`, archiving or deleting `deleted`. Drafts "
                    + "never appear. Start without `after`, then pass each response's `nextCursor`: no change is "
                    + "missed or repeated, even while writes go on.")
    public RestResponse<ChangePage> list(@BeanParam ChangeQueryParams query) {
        var errors = new ParameterErrors();
        long cursor = query.cursor(errors);
        int size = query.size(errors);
        errors.throwIfAny();
        return RestResponse.ResponseBuilder.ok(service.after(cursor, size))
                .header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build();
    }
}
