package com.runnerinjury.shared.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the HTTP layer into an RFC 9457 problem response. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final String READ_ONLY_METHODS = "GET, HEAD, OPTIONS";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e, UriInfo uri) {
        return problem(ProblemType.INVALID_PARAMETERS, 400, e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response notFound(ContentNotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, 404, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response problem = problem(ProblemType.HTTP, status, HttpProblemDetails.describe(status), uri, null);
        // RFC 9110 requires Allow on a 405; every resource of this API is read-only.
        return status == 405 ? Response.fromResponse(problem).header(HttpHeaders.ALLOW, READ_ONLY_METHODS).build()
                : problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return problem(ProblemType.INTERNAL_ERROR, 500,
                "The server could not complete the request. Quote incident " + incident + " when reporting it.",
                uri, null);
    }

    private static Response problem(ProblemType type, int status, String detail, UriInfo uri, List<FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = type.title() != null ? type.title() : known != null ? known.getReasonPhrase() : "HTTP " + status;
        var body = new ProblemDetail(type.uri(), title, status, detail, uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
