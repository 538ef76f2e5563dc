package com.runnerinjury.support;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint that fails the way a broken query would, so tests can check what a real 500 exposes.
 * Hidden from the OpenAPI document, which must keep matching the committed spec.
 */
@Path("/test-support/fail")
public class FailingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("Query failed: SELECT secret FROM users WHERE id = 1");
    }
}
