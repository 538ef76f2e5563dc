package com.runnerinjury.shared.problem;

/** Thrown when no content item has the requested slug or id (or the state asked for); becomes a 404 problem. */
public class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(String message) {
        super(message);
    }

    private ContentNotFoundException(String kind, String key, String value) {
        this("No %s has the %s '%s'.".formatted(kind, key, value));
    }

    public static ContentNotFoundException bySlug(String kind, String slug) {
        return new ContentNotFoundException(kind, "slug", slug);
    }

    public static ContentNotFoundException byId(String kind, String id) {
        return new ContentNotFoundException(kind, "id", id);
    }
}
