package com.runnerinjury.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problem responses of the editorial write side: bodies, authentication, roles, and conditional writes. */
public class EditorialProblemMappers {

    private static final String BEARER = "Bearer realm=\"runner-injury-api\"";

    @ServerExceptionMapper
    public Response invalidBody(InvalidBodyException e, HttpServerRequest request) {
        return ProblemMappers.problem(ProblemType.INVALID_BODY, 400, e.getMessage(), request, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return invalidBody(new InvalidBodyException(errors), request);
    }

    /**
     * Jackson's failures to read a body, mapped type by type: Quarkus maps the more specific ones itself, and the
     * most specific mapper wins.
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableBody(JsonProcessingException e, HttpServerRequest request) {
        return invalidBody(InvalidBodyException.unreadable(e), request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return challenge(ProblemMappers.problem(ProblemType.UNAUTHORIZED, 401,
                "Changing content needs a bearer token of an editor or publisher.", request, null), BEARER);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return challenge(ProblemMappers.problem(ProblemType.UNAUTHORIZED, 401,
                "The bearer token is invalid or expired.", request, null), BEARER + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemMappers.problem(ProblemType.FORBIDDEN, 403,
                "Your role may not do this: editors change drafts; publishers also publish, archive and delete.",
                request, null);
    }

    @ServerExceptionMapper
    public Response gone(ContentGoneException e, HttpServerRequest request) {
        return ProblemMappers.problem(ProblemType.GONE, 410, e.getMessage(), request, null);
    }

    @ServerExceptionMapper
    public Response conflict(ContentConflictException e, HttpServerRequest request) {
        return ProblemMappers.problem(ProblemType.CONFLICT, 409, e.getMessage(), request, null);
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, HttpServerRequest request) {
        return ProblemMappers.problem(ProblemType.PRECONDITION_REQUIRED, 428, e.getMessage(), request, null);
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, HttpServerRequest request) {
        var body = ProblemDetail.of(ProblemType.PRECONDITION_FAILED, 412, e.getMessage(), request.path(), null)
                .withCurrentEtag(e.currentEtag());
        return Response.status(412).type(ProblemMappers.PROBLEM_JSON).header(HttpHeaders.ETAG, e.currentEtag())
                .entity(body).build();
    }

    @ServerExceptionMapper
    public Response writesDisabled(WritesDisabledException e, HttpServerRequest request) {
        return ProblemMappers.problem(ProblemType.WRITES_DISABLED, 503, e.getMessage(), request, null);
    }

    private static Response challenge(Response problem, String challenge) {
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /** A body field as a client names it: {@code symptoms[2]}, {@code name}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
