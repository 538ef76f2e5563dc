package com.runnerinjury.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.shared.observability.RequestIdFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Ends a Vert.x route's response with a problem and the request id, for errors raised below the resources. */
@ApplicationScoped
public class ProblemResponder {

    private final ObjectMapper objectMapper;

    public ProblemResponder(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void send(RoutingContext context, ProblemDetail problem) {
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
