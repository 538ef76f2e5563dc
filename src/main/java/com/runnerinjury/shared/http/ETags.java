package com.runnerinjury.shared.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** Strong entity tags derived from a representation's bytes, and the matching rules of RFC 9110. */
public final class ETags {

    private ETags() {
    }

    /** The strong ETag of these bytes, quoted. */
    public static String of(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Whether an {@code If-None-Match} list names the ETag: weak comparison, {@code *} matches anything. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    /** Whether an {@code If-Match} list names the ETag: strong comparison, so a weak tag never matches. */
    public static boolean matchHits(String ifMatch, String etag) {
        return ifMatch != null && Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
