package com.runnerinjury.shared.paging;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the RFC 8288 {@code Link} header of one page of a list: links to the first, previous, next and last pages,
 * each the request URI with only its {@code page} and {@code size} parameters replaced.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * The header value for the page {@code page} of {@code totalPages} pages of {@code size} items, requested at
     * {@code requestUri}. An empty list still has a first and last page, 1; a page past the end links back to the last.
     */
    public static String header(URI requestUri, int page, int size, int totalPages) {
        UriBuilder base = UriBuilder.fromUri(requestUri).replaceQueryParam("size", size);
        int last = Math.max(1, totalPages);
        List<String> links = new ArrayList<>();
        links.add(link(base, 1, "first"));
        if (page > 1) {
            links.add(link(base, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(base, page + 1, "next"));
        }
        links.add(link(base, last, "last"));
        return String.join(", ", links);
    }

    private static String link(UriBuilder base, int page, String rel) {
        return "<" + base.clone().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
