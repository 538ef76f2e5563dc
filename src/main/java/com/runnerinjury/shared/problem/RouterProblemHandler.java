package com.runnerinjury.shared.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Problem details for the requests that fail before a resource runs: a path or query that does not decode, an
 * HTTP/1.1 request without a usable {@code Host}, a framework failure, and a path with {@code .} or {@code ..}
 * segments, which would otherwise reach another route once normalised ({@code /api/v1/conditions/.} is not the
 * condition list).
 */
@ApplicationScoped
public class RouterProblemHandler {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(?i)(\\.|%2e){1,2}");

    private final ProblemResponder responder;

    public RouterProblemHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::rejectDotSegments);
    }

    private void rejectDotSegments(RoutingContext context) {
        for (String segment : context.request().path().split("/")) {
            if (DOT_SEGMENT.matcher(segment).matches()) {
                responder.send(context, ProblemDetail.of(ProblemType.HTTP, 404, HttpProblemDetails.describe(404),
                        context.request().path(), null));
                return;
            }
        }
        context.next();
    }

    void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        String path = context.request().path();
        responder.send(context, status >= 400 && status < 500
                ? ProblemDetail.of(ProblemType.HTTP, status, describe(status, context.request()), path, null)
                : ProblemMappers.incident(context.failure(), path));
    }

    /** Vert.x fails an HTTP/1.1 request whose Host header is missing or unreadable before any route runs. */
    private static String describe(int status, HttpServerRequest request) {
        return status == 400 && request.version() == HttpVersion.HTTP_1_1 && !RequestGuard.hasHost(request)
                ? RequestGuard.HOST_REQUIRED
                : HttpProblemDetails.describe(status);
    }
}
