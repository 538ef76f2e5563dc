package com.runnerinjury.shared.paging;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/** Adds the RFC 8288 {@code Link} header (first, prev, next, last) to every paged response. */
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
        UriBuilder base = request.getUriInfo().getRequestUriBuilder().replaceQueryParam("size", paged.size());
        int last = Math.max(1, paged.totalPages());
        List<String> links = new ArrayList<>();
        links.add(link(base, 1, "first"));
        if (paged.page() > 1) {
            links.add(link(base, Math.min(paged.page() - 1, last), "prev"));
        }
        if (paged.page() < last) {
            links.add(link(base, paged.page() + 1, "next"));
        }
        links.add(link(base, last, "last"));
        response.getHeaders().add("Link", String.join(", ", links));
    }

    private static String link(UriBuilder base, int page, String rel) {
        return "<" + base.clone().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
