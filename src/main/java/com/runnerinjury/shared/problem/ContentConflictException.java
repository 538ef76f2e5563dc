package com.runnerinjury.shared.problem;

/** Thrown when a write conflicts with the current content (a taken slug, an item still linked); a 409 problem. */
public class ContentConflictException extends RuntimeException {

    public ContentConflictException(String message) {
        super(message);
    }
}
