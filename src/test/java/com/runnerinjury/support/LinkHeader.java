package com.runnerinjury.support;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an RFC 8288 {@code Link} header into its relations and their target URIs. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"");

    private LinkHeader() {
    }

    /** The target of each relation, in header order. */
    public static Map<String, URI> parse(String header) {
        Map<String, URI> links = new LinkedHashMap<>();
        if (header == null) {
            return links;
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            links.put(m.group(2), URI.create(m.group(1)));
        }
        return links;
    }

    /** The page number each relation points to. */
    public static Map<String, Integer> pages(String header) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        parse(header).forEach((rel, uri) -> pages.put(rel, Integer.parseInt(query(uri).get("page"))));
        return pages;
    }

    /** The decoded query parameters of a link target, each with all its values in order. */
    public static Map<String, List<String>> queryParams(URI uri) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return params;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** The decoded query parameters of a link target; a repeated parameter keeps its values comma-joined. */
    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        queryParams(uri).forEach((key, values) -> params.put(key, String.join(",", values)));
        return params;
    }
}
