package com.runnerinjury.shared.problem;

/** Thrown when a conditional write's {@code If-Match} no longer matches the item; a 412 problem. */
public class PreconditionFailedException extends RuntimeException {

    private final String currentEtag;

    public PreconditionFailedException(String currentEtag) {
        super("The item changed since the ETag in If-Match was read. Read it again (its current ETag is "
                + currentEtag + "), apply your change to it, and retry.");
        this.currentEtag = currentEtag;
    }

    public String currentEtag() {
        return currentEtag;
    }
}
