package com.runnerinjury.shared.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the HTTP layer into an RFC 9457 problem response. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e, HttpServerRequest request) {
        return problem(ProblemType.INVALID_PARAMETERS, 400, e.getMessage(), request, e.errors());
    }

    @ServerExceptionMapper
    public Response notFound(ContentNotFoundException e, HttpServerRequest request) {
        return problem(ProblemType.NOT_FOUND, 404, e.getMessage(), request, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response problem = problem(ProblemType.HTTP, status, HttpProblemDetails.describe(status), request, null);
        // RFC 9110 requires Allow on a 405.
        return status == 405
                ? Response.fromResponse(problem).header(HttpHeaders.ALLOW, AllowedMethods.of(request.path())).build()
                : problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        return Response.status(500).type(PROBLEM_JSON).entity(incident(e, request.path())).build();
    }

    /** Logs an unexpected failure under a new incident id and describes it without any internals. */
    static ProblemDetail incident(Throwable e, String instance) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return ProblemDetail.of(ProblemType.INTERNAL_ERROR, 500,
                "The server could not complete the request. Quote incident " + incident + " when reporting it.",
                instance, null);
    }

    /** The instance is the raw path as sent: even a request without a usable Host header has one. */
    static Response problem(ProblemType type, int status, String detail, HttpServerRequest request,
            List<FieldError> errors) {
        var body = ProblemDetail.of(type, status, detail, request.path(), errors);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
