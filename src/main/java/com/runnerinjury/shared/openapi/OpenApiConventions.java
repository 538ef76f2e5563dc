package com.runnerinjury.shared.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Applies the conventions every API operation shares, so resources declare only what is their own: the problem
 * responses each can return, the caching and paging headers of its 200, the conditional requests of every read
 * ({@link ConditionalRequests}), a real response example recorded in {@code openapi-examples/<operationId>.json},
 * and required fields on every schema.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    private static final String EXAMPLES = "openapi-examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        EditorialConventions.addResponses(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.GET) {
                        apply(path, method, operation, openAPI);
                    } else {
                        EditorialConventions.apply(path, method, operation, openAPI);
                    }
                });
                if (item.getGET() != null) {
                    ConditionalRequests.addHeadTwin(item, openAPI.getComponents());
                }
            }
        });
        openAPI.getComponents().getSchemas().forEach(OpenApiConventions::requireAllProperties);
    }

    private void apply(String path, PathItem.HttpMethod method, Operation operation, OpenAPI openAPI) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        boolean paged = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "page".equals(p.getName()));
        ConditionalRequests.addCachingHeaders(ok);
        if (paged) {
            ok.addHeader("Link", header("RFC 8288 links to the `first`, `prev`, `next` and `last` pages, as "
                    + "relative references (path and query) to resolve against the URL called."));
        }
        addExample(openAPI, ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON),
                operation.getOperationId());
        if (method == PathItem.HttpMethod.GET) {
            ConditionalRequests.declare(operation);
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            responses.addAPIResponse("400", reference(ApiDefinition.BAD_REQUEST));
        }
        if (path.contains("{")) {
            responses.addAPIResponse("404", reference(ApiDefinition.NOT_FOUND));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.addAPIResponse("401", reference("Unauthorized"));
            responses.addAPIResponse("403", reference("Forbidden"));
        }
        if (path.contains("{") && hasParameter(operation, "status")) {
            EditorialConventions.applyToEditorialRead(responses);
        }
        responses.addAPIResponse("406", reference(ApiDefinition.NOT_ACCEPTABLE));
        responses.addAPIResponse("500", reference(ApiDefinition.INTERNAL_ERROR));
    }

    /**
     * Every property of a response is always present on the wire; those that may be null say so (see
     * SchemaConventions). Request bodies ({@code XxxInput}) keep what their validation requires.
     */
    private static void requireAllProperties(String name, Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.isEmpty() || name.endsWith("Input")) {
            return;
        }
        var required = new ArrayList<>(properties.keySet());
        if ("Problem".equals(name)) {
            required.removeAll(List.of("errors", "currentEtag"));
        }
        schema.setRequired(required);
    }

    /**
     * Adds the recorded example {@code <name>.json}, if there is one, as a referenced example: client generators
     * warn "Failed to get the schema name: null" about inline ones.
     */
    static void addExample(OpenAPI openAPI, MediaType mediaType, String name) {
        example(name).ifPresent(value -> {
            openAPI.getComponents().addExample(name, OASFactory.createExample()
                    .summary("A real " + (name.endsWith(".request") ? "request" : "response") + " of "
                            + name.replace(".request", ""))
                    .value(value));
            mediaType.addExample(name, OASFactory.createExample().ref(name));
        });
    }

    static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
    }

    static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable example " + json, e);
        }
    }

    private static Optional<Object> example(String operationId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(EXAMPLES + operationId + ".json")) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable OpenAPI example for " + operationId, e);
        }
    }

    static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    static APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}
