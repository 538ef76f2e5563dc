package com.runnerinjury.shared.openapi;

import com.runnerinjury.shared.problem.ProblemMappers;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
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

    /** The problem responses of writes, each with the status, when it happens, and an example detail. */
    private static final Map<String, String[]> PROBLEMS = Map.of(
            "InvalidBody", new String[]{"400", "invalid-body", "The body is not valid JSON, has a field this item does "
                    + "not have, misses a required one, or links to content that does not exist; `errors` names "
                    + "each field.", "The field 'symptoms[0]' is invalid: no symptom has the slug 'knee-ache'."},
            "Unauthorized", new String[]{"401", "unauthorized", "No bearer token, or one that is invalid or expired. "
                    + "`WWW-Authenticate` says which.",
                    "Changing content needs a bearer token of an editor or "
                            + "publisher."},
            "Forbidden", new String[]{"403", "forbidden", "The token's role may not do this.", "Your role may not do "
                    + "this: editors change drafts; publishers also publish, archive and delete."},
            "Gone", new String[]{"410", "gone", "The item was archived and is no longer published.",
                    "The condition with the slug 'runners-knee' was archived and is no longer published."},
            "Conflict", new String[]{"409", "conflict", "The change conflicts with the content: the slug is "
                    + "taken, the item is still linked, or there is nothing to publish.",
                    "The condition 'runners-knee' "
                            + "is still linked from claim 'acupuncture-runners-knee'; unlink or delete those first."},
            "PreconditionFailed", new String[]{"412", "precondition-failed", "The `If-Match` ETag is no longer the "
                    + "item's: someone changed it since. `currentEtag` (and the `ETag` header) give the current "
                    + "one.", "The item changed since the ETag in If-Match was read."},
            "PreconditionRequired", new String[]{"428", "precondition-required", "The write needs an `If-Match` "
                    + "header.",
                    "This change must be conditional: send the item's ETag, as read with GET, in an "
                            + "If-Match header."},
            "PayloadTooLarge", new String[]{"413", null, "The body is larger than the server accepts.",
                    "The request body is too large."},
            "UnsupportedMediaType", new String[]{"415", null, "The body's `Content-Type` is not the one this "
                    + "operation takes.", "This media type is not supported."});

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

    static void apply(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        String success = responses.getAPIResponse("201") != null ? "201" : "200";
        APIResponse ok = responses.getAPIResponse(success);
        if (ok != null && ok.getContent() != null) {
            ok.addHeader("ETag", OpenApiConventions.header("The item's new ETag: send it in `If-Match` to change it "
                    + "again."));
            OpenApiConventions.example(operation.getOperationId()).ifPresent(value -> ok.getContent()
                    .getMediaType(MediaType.APPLICATION_JSON).addExample("example",
                            OASFactory.createExample().value(value)));
        }
        if (success.equals("201")) {
            ok.addHeader("Location", OpenApiConventions.header("The new item's path."));
        }
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(type -> OpenApiConventions
                    .example(operation.getOperationId() + REQUEST_EXAMPLE).ifPresent(value -> type.addExample(
                            "example", OASFactory.createExample().value(value))));
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
    }

    private static APIResponse problem(String[] problem) {
        String type = problem[1] == null ? "about:blank" : "urn:runner-injury:problem:" + problem[1];
        String example = "{\"type\": \"%s\", \"status\": %s, \"detail\": \"%s\", \"instance\": \"/api/v1/conditions/runners-knee\"}"
                .formatted(type, problem[0], problem[3]);
        return OASFactory.createAPIResponse().description(problem[2])
                .content(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON, OASFactory
                        .createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(problem[1] == null ? "problem" : problem[1], OASFactory.createExample()
                                .value(OpenApiConventions.parse(example)))));
    }
}
