package com.runnerinjury.shared.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.shared.problem.ProblemMappers;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares on every API operation the problems any request can get before a resource reads it (see
 * {@code shared.problem.RequestGuard}): a 400 for a request that cannot be read, a 414 for a request target over the
 * limit, a 431 for headers over theirs. An operation with query parameters keeps its own 400, which covers both.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequestProblemResponses implements OASFilter {

    private static final String MALFORMED_REQUEST = "MalformedRequest";
    private static final String URI_TOO_LONG = "UriTooLong";
    private static final String HEADERS_TOO_LARGE = "HeaderFieldsTooLarge";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addResponse(MALFORMED_REQUEST, problem("The request cannot be read: its target is not a valid URI (a "
                        + "`%` not followed by two hex digits, a raw `|`), or an HTTP/1.1 request has no `Host` header.",
                        "malformedEscape",
                        """
                                {"type": "about:blank", "title": "Bad Request", "status": 400,
                                 "detail": "The request target is not a valid URI (Malformed escape pair at index 16): percent-encode spaces, '|', non-ASCII characters and '%' itself (as %25).",
                                 "instance": "/api/v1/sources/%zz"}
                                """))
                .addResponse(URI_TOO_LONG, problem("The request target (path and query) is longer than the server "
                        + "reads; the detail gives the limit.", "uriTooLong",
                        """
                                {"type": "about:blank", "title": "Request-URI Too Long", "status": 414,
                                 "detail": "The request target is 5021 characters long; this server reads at most 4096. Send fewer or shorter query parameters.",
                                 "instance": "/api/v1/conditions"}
                                """))
                .addResponse(HEADERS_TOO_LARGE, problem("The request headers are larger than the server reads; the "
                        + "detail gives the limit.", "headersTooLarge",
                        """
                                {"type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
                                 "detail": "The request headers take 21062 characters; this server reads at most 20480.",
                                 "instance": "/api/v1/conditions"}
                                """));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> declare(operation.getResponses()));
            }
        });
    }
    private static void declare(APIResponses responses) {
        if (!responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", reference(MALFORMED_REQUEST));
        }
        responses.addAPIResponse("414", reference(URI_TOO_LONG));
        responses.addAPIResponse("431", reference(HEADERS_TOO_LARGE));
    }

    private static APIResponse problem(String description, String exampleName, String example) {
        try {
            return OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("Problem"))
                                    .addExample(exampleName,
                                            OASFactory.createExample().value(JSON.readValue(example, Object.class)))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable example " + exampleName, e);
        }
    }

    private static APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}
