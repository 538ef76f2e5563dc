package com.runnerinjury.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the RFC 8288 {@code Link} header of one page of a list: links to the first, previous, next and last pages,
 * each the request's path and query with only its {@code page} and {@code size} parameters replaced. The links are
 * relative references (path and query), so they never depend on the {@code Host} a client sent nor on the scheme a
 * proxy in front terminated, and a client resolves them against the URL it called.
 */
public final class PageLinks {

    /** Characters a URI may hold as they are; any other is percent-encoded so the link stays within its brackets. */
    private static final String URI_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~:/?#[]@!$&'()*+,;=%";

    private PageLinks() {
    }

    /**
     * The header value for the page {@code page} of {@code totalPages} pages of {@code size} items, requested at the
     * raw {@code path} with the raw {@code query} (null when none). An empty list still has a first and last page, 1;
     * a page past the end links back to the last.
     */
    public static String header(String path, String query, int page, int size, int totalPages) {
        String base = escape(path) + "?" + keptParameters(query) + "size=" + size + "&page=";
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

    /** Every query parameter but {@code page} and {@code size}, in order, each followed by {@code &}. */
    private static String keptParameters(String query) {
        StringBuilder kept = new StringBuilder();
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            String name = parameter.split("=", 2)[0];
            if (!parameter.isEmpty() && !name.equals("page") && !name.equals("size")) {
                kept.append(escape(parameter)).append('&');
            }
        }
        return kept.toString();
    }

    private static String escape(String raw) {
        StringBuilder escaped = new StringBuilder(raw.length());
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            if (b > 0 && URI_CHARACTERS.indexOf(b) >= 0) {
                escaped.append((char) b);
            } else {
                escaped.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return escaped.toString();
    }

    private static String link(String base, int page, String rel) {
        return "<" + base + page + ">; rel=\"" + rel + "\"";
    }
}
