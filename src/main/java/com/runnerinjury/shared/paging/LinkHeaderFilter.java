package com.runnerinjury.shared.paging;

import jakarta.annotation.Priority;
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

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Paged paged) || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().add("Link", PageLinks.header(request.getUriInfo().getRequestUri(), paged.page(),
                paged.size(), paged.totalPages()));
    }
}
