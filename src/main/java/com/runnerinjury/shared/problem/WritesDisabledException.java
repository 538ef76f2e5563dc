package com.runnerinjury.shared.problem;

/** Thrown when this deployment takes no writes; a 503 problem that says where writes are taken. */
public class WritesDisabledException extends RuntimeException {

    public WritesDisabledException() {
        super("This deployment takes no writes: each replica keeps its own embedded database, and replicas must "
                + "never diverge. Edit content on a deployment that shares one PostgreSQL database (the Kubernetes "
                + "overlay k8s/overlays/postgres).");
    }
}
