package com.runnerinjury.shared.problem;

/** Client-facing explanations for the plain HTTP errors the framework raises before a resource runs. */
final class HttpProblemDetails {

    private HttpProblemDetails() {
    }

    static String describe(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: a path or query escape that does not decode, or a header that is "
                    + "not allowed.";
            case 404 -> "No resource exists at this path.";
            case 405 -> "This resource does not take this method: the Allow header lists those it takes.";
            case 406 -> "This resource can only be represented as application/json.";
            case 415 -> "This media type is not supported.";
            default -> "The request could not be processed.";
        };
    }
}
