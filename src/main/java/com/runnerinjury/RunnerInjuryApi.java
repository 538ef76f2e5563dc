package com.runnerinjury;

import com.runnerinjury.shared.problem.RequestGuard;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before any route runs, Quarkus answers a request target that is not a valid URI (such as
 * {@code ?q=50%}) with a 400 that has no body and no request id. {@link RequestGuard} makes the same check as the
 * first route and answers with a problem, so Quarkus' own check is switched off here: Quarkus reads the switch, a JVM
 * system property, once as it starts, so it cannot come from the application's configuration.
 */
@QuarkusMain
public final class RunnerInjuryApi {

    private RunnerInjuryApi() {
    }

    public static void main(String... args) {
        System.setProperty(RequestGuard.DISABLE_QUARKUS_URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
