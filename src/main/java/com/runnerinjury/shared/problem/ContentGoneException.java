package com.runnerinjury.shared.problem;

/** Thrown when the requested item was archived: it existed, and is no longer published. A 410 problem. */
public class ContentGoneException extends RuntimeException {

    public ContentGoneException(String kind, String keyName, String key) {
        super("The %s with the %s '%s' was archived and is no longer published.".formatted(kind, keyName, key));
    }
}
