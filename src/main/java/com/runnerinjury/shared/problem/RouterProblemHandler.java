package com.runnerinjury.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.shared.observability.RequestIdFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Problem details for the requests that fail before a resource runs: a path or query that does not decode, a
 * framework failure, and a path with {@code .} or {@code ..} segments, which would otherwise reach another route
 * once normalised ({@code /api/v1/conditions/.} is not the condition list).
 */
@ApplicationScoped
public class RouterProblemHandler {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(?i)(\\.|%2e){1,2}");

    private final ObjectMapper objectMapper;

    public RouterProblemHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::rejectDotSegments);
    }

    private void rejectDotSegments(RoutingContext context) {
        for (String segment : context.request().path().split("/")) {
            if (DOT_SEGMENT.matcher(segment).matches()) {
                send(context, ProblemDetail.of(ProblemType.HTTP, 404, HttpProblemDetails.describe(404),
                        context.request().path(), null));
                return;
            }
        }
        context.next();
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        String path = context.request().path();
        send(context, status >= 400 && status < 500
                ? ProblemDetail.of(ProblemType.HTTP, status, HttpProblemDetails.describe(status), path, null)
                : ProblemMappers.incident(context.failure(), path));
    }

    private void send(RoutingContext context, ProblemDetail problem) {
        RequestIdFilter.ensureRequestId(context);
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                .end(json(problem));
    }

    private String json(ProblemDetail problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
