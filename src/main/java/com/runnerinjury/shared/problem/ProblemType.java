package com.runnerinjury.shared.problem;

/** The problem types this API reports, each with its stable type URI and title. */
public enum ProblemType {

    INVALID_PARAMETERS("urn:runner-injury:problem:invalid-parameters", "Invalid request parameters"),
    NOT_FOUND("urn:runner-injury:problem:not-found", "Resource not found"),
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
