package com.runnerinjury.shared.problem;

/** Thrown when a write that must be conditional comes without {@code If-Match}; a 428 problem. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This change must be conditional: send the item's ETag, as read with GET, in an If-Match header.");
    }
}
