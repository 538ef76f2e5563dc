package com.runnerinjury.shared.openapi;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Visits every schema of an OpenAPI document, outer schemas before the ones nested in them. */
final class SchemaTree {

    private SchemaTree() {
    }

    static void forEach(OpenAPI openAPI, Consumer<Schema> visitor) {
        Components components = openAPI.getComponents();
        values(components.getSchemas()).forEach(schema -> visit(schema, visitor));
        values(components.getParameters()).forEach(parameter -> visit(parameter, visitor));
        values(components.getResponses()).forEach(response -> visit(response, visitor));
        values(components.getRequestBodies()).forEach(body -> visit(body.getContent(), visitor));
        values(components.getHeaders()).forEach(header -> visit(header, visitor));
        values(openAPI.getPaths().getPathItems()).forEach(item -> {
            values(item.getParameters()).forEach(parameter -> visit(parameter, visitor));
            values(item.getOperations()).forEach(operation -> visit(operation, visitor));
        });
    }

    private static void visit(Operation operation, Consumer<Schema> visitor) {
        values(operation.getParameters()).forEach(parameter -> visit(parameter, visitor));
        if (operation.getRequestBody() != null) {
            visit(operation.getRequestBody().getContent(), visitor);
        }
        if (operation.getResponses() != null) {
            values(operation.getResponses().getAPIResponses()).forEach(response -> visit(response, visitor));
        }
    }

    private static void visit(Parameter parameter, Consumer<Schema> visitor) {
        visit(parameter.getSchema(), visitor);
        visit(parameter.getContent(), visitor);
    }

    private static void visit(APIResponse response, Consumer<Schema> visitor) {
        values(response.getHeaders()).forEach(header -> visit(header, visitor));
        visit(response.getContent(), visitor);
    }

    private static void visit(Header header, Consumer<Schema> visitor) {
        visit(header.getSchema(), visitor);
        visit(header.getContent(), visitor);
    }

    private static void visit(Content content, Consumer<Schema> visitor) {
        if (content != null) {
            values(content.getMediaTypes()).map(MediaType::getSchema).forEach(schema -> visit(schema, visitor));
        }
    }

    private static void visit(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        Stream.of(values(schema.getProperties()), Stream.of(schema.getItems(), schema.getNot(),
                schema.getAdditionalPropertiesSchema()), values(schema.getAllOf()), values(schema.getAnyOf()),
                values(schema.getOneOf()))
                .flatMap(nested -> nested)
                .filter(Objects::nonNull)
                .forEach(nested -> visit(nested, visitor));
    }

    private static <T> Stream<T> values(Map<?, T> map) {
        return map == null ? Stream.empty() : map.values().stream();
    }

    private static <T> Stream<T> values(Collection<T> collection) {
        return collection == null ? Stream.empty() : collection.stream();
    }
}
