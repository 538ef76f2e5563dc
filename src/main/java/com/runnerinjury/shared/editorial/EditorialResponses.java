package com.runnerinjury.shared.editorial;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP shape of editorial outcomes: ETags on every write, a Location on a creation, drafts never cached. */
public final class EditorialResponses {

    /** Drafts are for the editor who asked, never for a shared cache. */
    public static final String PRIVATE = "private, no-store";

    private EditorialResponses() {
    }

    public static <V> RestResponse<V> read(Written<V> read) {
        return editorsOnly(read.view());
    }

    /** A response only editors may read: never stored by a cache. */
    public static <V> RestResponse<V> editorsOnly(V body) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    public static <V> RestResponse<V> changed(Written<V> written) {
        return RestResponse.ResponseBuilder.ok(written.view()).header(HttpHeaders.ETAG, written.etag())
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    public static <V> RestResponse<V> created(ItemType type, Written<V> written) {
        // A relative reference, like the Link headers: it never repeats the Host a client sent.
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, written.view())
                .header(HttpHeaders.LOCATION, "/api/v1/" + type.collection() + "/" + written.key())
                .header(HttpHeaders.ETAG, written.etag()).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }
}
