package com.runnerinjury.shared.openapi;

import com.runnerinjury.shared.problem.ProblemDetail;
import com.runnerinjury.shared.problem.ProblemMappers;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.servers.ServerVariable;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's OpenAPI identity: info, tags, and the problem responses every operation shares. */
@OpenAPIDefinition(
        info = @Info(title = "Runner Injury API", version = "1.0.0",
                description = "Runner-injury content: conditions, their symptoms, treatment modalities, and sourced "
                        + "claims linking a modality to a condition or outcome, each with its evidence level, sources "
                        + "and caveats. Reads are anonymous, cacheable (ETag, Cache-Control) and open to browsers (CORS); "
                        + "editors and publishers change content with bearer tokens, as drafts they then publish. "
                        + "The content is general information, not medical advice. Within `/api/v1` responses may "
                        + "gain fields and enumerations may gain values: a client should ignore a field it does not "
                        + "know and treat an unknown value as unknown, not as an error.",
                contact = @Contact(name = "runner-injury-api maintainers",
                        url = "https://github.com/runner-injury/runner-injury-api"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0.html")),
        servers = {
                @Server(url = "/", description = "The deployment serving this document (Swagger UI calls it). A "
                        + "generated client has no such base: give it a deployment's URL, as below."),
                @Server(url = "{scheme}://{host}", description = "A deployment, e.g. a local run.",
                        variables = {
                                @ServerVariable(name = "scheme", defaultValue = "http",
                                        enumeration = {"http", "https"}, description = "`https` behind TLS."),
                                @ServerVariable(name = "host", defaultValue = "localhost:8080",
                                        description = "Host and port; a local run listens on localhost:8080.")
                        })
        },
        tags = {
                @Tag(name = "Conditions",
                        description = "Running injuries and complaints, and matching them to symptoms."),
                @Tag(name = "Symptoms", description = "What runners feel, and the conditions that show it."),
                @Tag(name = "Modalities", description = "Treatments: what they involve and what is claimed for them."),
                @Tag(name = "Claims", description = "Sourced statements that a modality helps, with their evidence."),
                @Tag(name = "Sources", description = "The publications claims are attributed to."),
                @Tag(name = "Search", description = "Ranked, typo-tolerant search across the content."),
                @Tag(name = "Changes", description = "A feed of changes to published content, to sync from.")
        },
        components = @Components(responses = {
                @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                        description = "A query parameter is malformed or out of range, and `errors` names each "
                                + "one; or the request cannot be read at all (a `%` not followed by two hex digits, an "
                                + "HTTP/1.1 request without `Host`), and `errors` is absent.",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                                schema = @Schema(implementation = ProblemDetail.class),
                                examples = @ExampleObject(name = "invalidSize",
                                        value = """
                                                {"type": "urn:runner-injury:problem:invalid-parameters",
                                                 "title": "Invalid request parameters", "status": 400,
                                                 "detail": "The parameter 'size' is invalid: must be a whole number between 1 and 100.",
                                                 "instance": "/api/v1/conditions",
                                                 "errors": [{"field": "size", "message": "must be a whole number between 1 and 100"}]}
                                                """))),
                @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404",
                        description = "No published item has this slug or id.",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                                schema = @Schema(implementation = ProblemDetail.class),
                                examples = @ExampleObject(name = "unknownSlug", value = """
                                        {"type": "urn:runner-injury:problem:not-found", "title": "Resource not found",
                                         "status": 404, "detail": "No condition has the slug 'runners-elbow'.",
                                         "instance": "/api/v1/conditions/runners-elbow"}
                                        """))),
                @APIResponse(name = ApiDefinition.NOT_ACCEPTABLE, responseCode = "406",
                        description = "The `Accept` header excludes application/json.",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                                schema = @Schema(implementation = ProblemDetail.class),
                                examples = @ExampleObject(name = "notAcceptable", value = """
                                        {"type": "about:blank", "title": "Not Acceptable", "status": 406,
                                         "detail": "This resource can only be represented as application/json.",
                                         "instance": "/api/v1/conditions"}
                                        """))),
                @APIResponse(name = ApiDefinition.INTERNAL_ERROR, responseCode = "500",
                        description = "An unexpected error; the detail gives an incident id to quote.",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                                schema = @Schema(implementation = ProblemDetail.class),
                                examples = @ExampleObject(name = "internalError",
                                        value = """
                                                {"type": "urn:runner-injury:problem:internal-error",
                                                 "title": "Internal server error", "status": 500,
                                                 "detail": "The server could not complete the request. Quote incident 3f1c2a9e-5b7d-4c1e-9a0b-2d6f8e4c7a15 when reporting it.",
                                                 "instance": "/api/v1/conditions"}
                                                """)))
        }))
@SecurityScheme(securitySchemeName = EditorialApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT of an editor (role `editor`: drafts) or a publisher (role "
                + "`publisher`: also publish, archive, review and delete), issued by the identity provider.")
public class ApiDefinition extends Application {

    static final String BAD_REQUEST = "BadRequest";
    static final String NOT_FOUND = "NotFound";
    static final String NOT_ACCEPTABLE = "NotAcceptable";
    static final String INTERNAL_ERROR = "InternalError";
}
