package com.runnerinjury.shared.problem;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives the management interface (health and metrics, on their own port) the main port's error handling: the same
 * {@link RequestGuard}, a problem for any failure, and a 404 problem where no route matches the path.
 */
@ApplicationScoped
public class ManagementProblems {

    private final RequestGuard guard;
    private final RouterProblemHandler problems;
    private final ProblemResponder responder;

    public ManagementProblems(RequestGuard guard, RouterProblemHandler problems, ProblemResponder responder) {
        this.guard = guard;
        this.problems = problems;
        this.responder = responder;
    }

    void register(@Observes ManagementInterface management) {
        Router router = management.router();
        router.route().order(Integer.MIN_VALUE).failureHandler(problems::failed);
        router.route().order(Integer.MIN_VALUE).handler(guard::check);
        router.errorHandler(404, context -> responder.send(context, ProblemDetail.of(ProblemType.HTTP, 404,
                HttpProblemDetails.describe(404), context.request().path(), null)));
    }
}
