package com.runnerinjury.shared.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the conditional requests every read supports, so that a generated client can make them: the
 * {@code If-None-Match} parameter, the {@code 304} it may bring, and the {@code HEAD} twin of each {@code GET}
 * (the service answers {@code HEAD} on every read, with the headers of the {@code GET} and no body).
 */
final class ConditionalRequests {

    static final String IF_NONE_MATCH = "If-None-Match";
    private static final String RESPONSES = "#/components/responses/";

    private ConditionalRequests() {
    }

    /** Adds the headers a read's 200 and 304 both carry: the representation's ETag, its caching, the request id. */
    static void addCachingHeaders(APIResponse response) {
        response.addHeader("ETag", header("Identifies this representation; send it back in `If-None-Match`."));
        response.addHeader("Cache-Control", header("How long the response may be reused."));
        response.addHeader("X-Request-Id", header("The request's id: the caller's own if it sent a plain token, "
                + "else a generated one. Every log line of the request carries it; quote it when reporting a problem."));
    }

    /** Adds the {@code If-None-Match} parameter and the {@code 304} response to a read. */
    static void declare(Operation read) {
        read.addParameter(OASFactory.createParameter().name(IF_NONE_MATCH).in(Parameter.In.HEADER)
                .description("The `ETag` of a copy you already hold. While it is current the answer is `304 Not "
                        + "Modified` with no body, and you keep using your copy; generated clients report the 304 "
                        + "as an error with that status.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        APIResponse notModified = OASFactory.createAPIResponse()
                .description("Not modified: the `If-None-Match` ETag is still current. No body.");
        addCachingHeaders(notModified);
        read.getResponses().addAPIResponse("304", notModified);
    }

    /** Adds a {@code HEAD} operation answering like the path's {@code GET}, without bodies. */
    static void addHeadTwin(PathItem item, Components components) {
        Operation get = item.getGET();
        APIResponses responses = OASFactory.createAPIResponses();
        get.getResponses().getAPIResponses().forEach((status, response) -> {
            APIResponse resolved = response.getRef() == null ? response
                    : components.getResponses().get(response.getRef().substring(RESPONSES.length()));
            responses.addAPIResponse(status, OASFactory.createAPIResponse()
                    .description(resolved.getDescription()).headers(resolved.getHeaders()));
        });
        item.setHEAD(OASFactory.createOperation()
                .operationId("head" + Character.toUpperCase(get.getOperationId().charAt(0))
                        + get.getOperationId().substring(1))
                .summary(get.getSummary() + " (headers only)")
                .description("Answers like `" + get.getOperationId() + "`, with the same status and headers "
                        + "(`ETag`, caching, paging) but no body, errors included: checks that something exists or "
                        + "has changed without downloading it.")
                .tags(get.getTags())
                .security(get.getSecurity())
                .parameters(get.getParameters())
                .responses(responses));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
