package com.runnerinjury.shared.problem;

/** The problem types this API reports, each with its stable type URI and title. */
public enum ProblemType {

    INVALID_PARAMETERS("urn:runner-injury:problem:invalid-parameters", "Invalid request parameters"),
    NOT_FOUND("urn:runner-injury:problem:not-found", "Resource not found"),
    INVALID_BODY("urn:runner-injury:problem:invalid-body", "Invalid request body"),
    UNAUTHORIZED("urn:runner-injury:problem:unauthorized", "Authentication required"),
    FORBIDDEN("urn:runner-injury:problem:forbidden", "Not allowed for this role"),
    GONE("urn:runner-injury:problem:gone", "Resource archived"),
    CONFLICT("urn:runner-injury:problem:conflict", "Conflict with the current content"),
    PRECONDITION_FAILED("urn:runner-injury:problem:precondition-failed", "The item changed since it was read"),
    PRECONDITION_REQUIRED("urn:runner-injury:problem:precondition-required", "If-Match required"),
    WRITES_DISABLED("urn:runner-injury:problem:writes-disabled", "Writes are not taken here"),
    INTERNAL_ERROR("urn:runner-injury:problem:internal-error", "Internal server error"),
    HTTP("about:blank", null);

    private final String uri;
    private final String title;

    ProblemType(String uri, String title) {
        this.uri = uri;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
