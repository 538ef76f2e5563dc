package com.runnerinjury.shared.openapi;

import com.runnerinjury.shared.problem.ProblemMappers;
import com.runnerinjury.shared.problem.ProblemType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The conventions of the editorial operations: the problems a write can meet (body, token, role, conflicts and
 * preconditions), the ETag of what it returns, and recorded examples of its request and response.
 */
final class EditorialConventions {

    private static final String REQUEST_EXAMPLE = ".request";

    /** The problem responses of writes, each with its status, when it happens, and an example detail. */
    private static final Map<String, Problem> PROBLEMS = Map.ofEntries(
            Map.entry("InvalidBody", new Problem("400", "invalid-body", "The body is not valid JSON, has a field "
                    + "this item does not have, misses a required one, or links to content that does not exist; "
                    + "`errors` names each field.",
                    "The field 'symptoms[0]' is invalid: no symptom has the slug 'knee-ache'.")),
            Map.entry("Unauthorized", new Problem("401", "unauthorized", "No bearer token, or one that is invalid "
                    + "or expired. `WWW-Authenticate` says which.",
                    "Changing content needs a bearer token of an editor or publisher.")),
            Map.entry("Forbidden", new Problem("403", "forbidden", "The token's role may not do this.",
                    "Your role may not do this: editors change drafts; publishers also publish, archive and delete.")),
            Map.entry("Gone", new Problem("410", "gone", "The item was archived and is no longer published.",
                    "The condition with the slug 'runners-knee' was archived and is no longer published.")),
            Map.entry("Conflict", new Problem("409", "conflict", "The change conflicts with the content: the key is "
                    + "taken, the item is still linked, or there is nothing to publish.",
                    "The condition 'runners-knee' is still linked from claim 'acupuncture-runners-knee'; unlink or "
                            + "delete those first.")),
            Map.entry("PreconditionFailed", new Problem("412", "precondition-failed", "The `If-Match` ETag is no "
                    + "longer the item's: someone changed it since. `currentEtag` (and the `ETag` header) give the "
                    + "current one.", "The item changed since the ETag in If-Match was read.")),
            Map.entry("PreconditionRequired", new Problem("428", "precondition-required",
                    "The write needs an `If-Match` header.", "This change must be conditional: send the item's "
                            + "ETag, as read with GET, in an If-Match header.")),
            Map.entry("PayloadTooLarge", new Problem("413", null, "The body is larger than the server accepts.",
                    "The request body is too large.")),
            Map.entry("UnsupportedMediaType", new Problem("415", null, "The body's `Content-Type` is not the one "
                    + "this operation takes.", "This media type is not supported.")),
            Map.entry("WritesDisabled", new Problem("503", "writes-disabled", "This deployment takes no writes: its "
                    + "replicas do not share one database.",
                    "This deployment takes no writes: each replica keeps "
                            + "its own embedded database, and replicas must never diverge.")));

    private EditorialConventions() {
    }

    static void addResponses(Components components) {
        PROBLEMS.forEach((name, problem) -> components.addResponse(name, problem(problem)));
    }

    /** A detail read that editors can point at drafts. */
    static void applyToEditorialRead(APIResponses responses) {
        responses.addAPIResponse("401", OpenApiConventions.reference("Unauthorized"));
        responses.addAPIResponse("403", OpenApiConventions.reference("Forbidden"));
        responses.addAPIResponse("410", OpenApiConventions.reference("Gone"));
    }

    static void apply(String path, PathItem.HttpMethod method, Operation operation, OpenAPI openAPI) {
        APIResponses responses = operation.getResponses();
        String success = responses.getAPIResponse("201") != null ? "201" : "200";
        APIResponse ok = responses.getAPIResponse(success);
        if (ok != null && ok.getContent() != null) {
            ok.addHeader("ETag", OpenApiConventions.header("The item's new ETag: send it in `If-Match` to change it "
                    + "again."));
            OpenApiConventions.addExample(openAPI, ok.getContent().getMediaType(MediaType.APPLICATION_JSON),
                    operation.getOperationId());
        }
        if (success.equals("201")) {
            ok.addHeader("Location", OpenApiConventions.header("The new item's path."));
        }
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(type -> OpenApiConventions
                    .addExample(openAPI, type, operation.getOperationId() + REQUEST_EXAMPLE));
            responses.addAPIResponse("400", OpenApiConventions.reference("InvalidBody"));
            responses.addAPIResponse("413", OpenApiConventions.reference("PayloadTooLarge"));
            responses.addAPIResponse("415", OpenApiConventions.reference("UnsupportedMediaType"));
        }
        responses.addAPIResponse("401", OpenApiConventions.reference("Unauthorized"));
        responses.addAPIResponse("403", OpenApiConventions.reference("Forbidden"));
        if (path.contains("{")) {
            responses.addAPIResponse("404", OpenApiConventions.reference(ApiDefinition.NOT_FOUND));
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("409", OpenApiConventions.reference("Conflict"));
        }
        if (OpenApiConventions.hasParameter(operation, "If-Match")) {
            responses.addAPIResponse("412", OpenApiConventions.reference("PreconditionFailed"));
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE && OpenApiConventions.hasParameter(operation, "If-Match")) {
            responses.addAPIResponse("428", OpenApiConventions.reference("PreconditionRequired"));
        }
        responses.addAPIResponse("406", OpenApiConventions.reference(ApiDefinition.NOT_ACCEPTABLE));
        responses.addAPIResponse("500", OpenApiConventions.reference(ApiDefinition.INTERNAL_ERROR));
        if (method != PathItem.HttpMethod.GET) {
            responses.addAPIResponse("503", OpenApiConventions.reference("WritesDisabled"));
        }
    }

    private static APIResponse problem(Problem problem) {
        String type = problem.type() == null ? "about:blank" : "urn:runner-injury:problem:" + problem.type();
        String example = "{\"type\": \"%s\", \"title\": \"%s\", \"status\": %s, \"detail\": \"%s\", "
                + "\"instance\": \"/api/v1/conditions/runners-knee\"}";
        example = example.formatted(type, problem.title(), problem.status(), problem.example());
        return OASFactory.createAPIResponse().description(problem.description())
                .content(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON, OASFactory
                        .createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(problem.type() == null ? "problem" : problem.type(), OASFactory.createExample()
                                .value(OpenApiConventions.parse(example)))));
    }

    /** A problem response: its status, its type's last segment (none for plain HTTP), when, and an example. */
    private record Problem(String status, String type, String description, String example) {

        /** The title the service sends with it: its problem type's, else the status' reason phrase. */
        String title() {
            return Arrays.stream(ProblemType.values())
                    .filter(known -> known.uri().equals("urn:runner-injury:problem:" + type))
                    .map(ProblemType::title).findFirst()
                    .orElseGet(() -> Response.Status.fromStatusCode(Integer.parseInt(status)).getReasonPhrase());
        }
    }
}
