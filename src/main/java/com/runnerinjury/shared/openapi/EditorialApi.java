package com.runnerinjury.shared.openapi;

/** What the spec says once for every write: the name of the bearer scheme, the merge patch type, the write headers. */
public final class EditorialApi {

    public static final String BEARER = "bearerToken";
    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String MERGE_PATCH_BODY = "An RFC 7396 JSON merge patch of the item's editable fields, as in "
            + "its `...Input` schema: the fields given replace the current ones, `null` clears an optional one.";
    public static final String IF_MATCH = "The ETag of the item as last read (GET, or the response of the last "
            + "write). Required: without it the write is refused with 428; with an ETag that is no longer current, "
            + "with 412.";
    public static final String IF_MATCH_OPTIONAL = "The ETag of the item as last read. Optional: when sent, the "
            + "change happens only if it is still current (else 412).";

    private EditorialApi() {
    }
}
