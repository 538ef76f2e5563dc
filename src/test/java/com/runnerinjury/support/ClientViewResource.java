package com.runnerinjury.support;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint that says whom the application believes it is serving: the client address, scheme and host it
 * sees once forwarded headers have or have not been applied. Hidden from the OpenAPI document.
 */
@Path("/test-support/client")
public class ClientViewResource {

    /** The request as the application sees it. */
    public record ClientView(String address, String scheme, String host) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ClientView client(@Context HttpServerRequest request) {
        return new ClientView(request.remoteAddress().hostAddress(), request.scheme(), request.authority().host());
    }
}
