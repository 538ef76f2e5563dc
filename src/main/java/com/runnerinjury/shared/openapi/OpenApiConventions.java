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
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Applies the conventions every API operation shares, so resources declare only what is their own: the problem
 * responses each can return, the caching and paging headers of its 200, a 304 for conditional requests, a real
 * response example recorded in {@code openapi-examples/<operationId>.json}, and required fields on every schema.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    private static final String EXAMPLES = "openapi-examples/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Schema.SchemaType> NULL_ONLY = List.of(Schema.SchemaType.NULL);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.GET) {
                        apply(path, operation);
                    } else {
                        EditorialConventions.apply(path, method, operation);
                    }
                });
            }
        });
        EditorialConventions.addResponses(openAPI.getComponents());
        openAPI.getComponents().getSchemas().forEach(OpenApiConventions::requireAllProperties);
        allowNullReferences(openAPI.getComponents().getSchemas());
    }

    private void apply(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        boolean paged = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "page".equals(p.getName()));
        ok.addHeader("ETag", header("Identifies this representation; send it back in `If-None-Match`."));
        ok.addHeader("Cache-Control", header("How long the response may be reused."));
        ok.addHeader("X-Request-Id", header("The request's id: the caller's own if it sent a plain token, else a "
                + "generated one. Every log line of the request carries it; quote it when reporting a problem."));
        if (paged) {
            ok.addHeader("Link", header("RFC 8288 links to the `first`, `prev`, `next` and `last` pages, as "
                    + "relative references (path and query) to resolve against the URL called."));
        }
        example(operation.getOperationId()).ifPresent(value -> ok.getContent()
                .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON).addExample("example",
                        OASFactory.createExample().value(value)));
        responses.addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the `If-None-Match` ETag is still current."));
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
     * Every property of a response is always present on the wire; those that may be null say so in their own
     * schema. Request bodies ({@code XxxInput}) keep what their validation requires.
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
     * A nullable reference is modelled as {@code anyOf: [ref, null]} and written for OpenAPI 3.0 as
     * {@code allOf: [ref]}
     * with {@code nullable}; but 3.0.3 lets the referenced schema's own type forbid the null. So the referenced
     * schema is made nullable too, and the property keeps the null even where unwrapping lost it.
     */
    private static void allowNullReferences(Map<String, Schema> schemas) {
        schemas.values().stream()
                .filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .filter(OpenApiConventions::isNullableReference)
                .forEach(property -> {
                    addNull(property);
                    String ref = property.getAnyOf().get(0).getRef();
                    addNull(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
                });
    }

    private static boolean isNullableReference(Schema property) {
        List<Schema> anyOf = property.getAnyOf();
        return anyOf != null && anyOf.size() == 2 && anyOf.get(0).getRef() != null
                && NULL_ONLY.equals(anyOf.get(1).getType());
    }

    private static void addNull(Schema schema) {
        if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.addType(Schema.SchemaType.NULL);
        }
    }

    static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
    }

    static Optional<Object> example(String operationId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(EXAMPLES + operationId + ".json")) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable OpenAPI example for " + operationId, e);
        }
    }

    static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable example " + json, e);
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
