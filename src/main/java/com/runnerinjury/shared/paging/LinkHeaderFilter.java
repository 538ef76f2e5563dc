package com.runnerinjury.shared.paging;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Adds the RFC 8288 {@code Link} header (first, prev, next, last) to every paged response; see {@link PageLinks}. */
@Provider
@Priority(LinkHeaderFilter.PRIORITY)
public class LinkHeaderFilter implements ContainerResponseFilter {

    /** Response filters run highest priority first: this one must see the page before it is serialised. */
    static final int PRIORITY = 6000;

    /** The raw request as sent: its path and query need no Host header, unlike the request URI. */
    @Inject
    HttpServerRequest httpRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Paged paged) || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().add("Link", PageLinks.header(httpRequest.path(), httpRequest.query(), paged.page(),
                paged.size(), paged.totalPages()));
    }
}
