package com.runnerinjury.shared.problem;

/** Thrown when no published content item has the requested slug or id; becomes a 404 problem. */
public class ContentNotFoundException extends RuntimeException {

    private ContentNotFoundException(String kind, String key, String value) {
        super("No %s has the %s '%s'.".formatted(kind, key, value));
    }

    public static ContentNotFoundException bySlug(String kind, String slug) {
        return new ContentNotFoundException(kind, "slug", slug);
    }

    public static ContentNotFoundException byId(String kind, String id) {
        return new ContentNotFoundException(kind, "id", id);
    }
}
