package com.runnerinjury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the committed spec to what clients generated from it need (.ci/client-smoke generates and runs them): one
 * sort enum, null exactly where it happens, conditional requests, referenced examples, one name for page envelopes.
 */
class OpenApiClientRulesTest {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<String> ENVELOPE = List.of("items", "page", "size", "totalItems", "totalPages");

    private static JsonNode spec;
    private static JsonNode schemas;

    @BeforeAll
    static void readSpec() throws IOException {
        spec = new ObjectMapper().readTree(Path.of("openapi", "openapi.json").toFile());
        schemas = spec.path("components").path("schemas");
    }

    @Test
    void noSchemaIsNullableItselfNorAMereRenamedScalar() {
        List<String> wrong = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> {
            if (schema.getValue().has("nullable")) {
                wrong.add(schema.getKey() + " is nullable wherever it is used");
            }
            if (!schema.getValue().path("type").asText().equals("object") && !schema.getValue().has("enum")) {
                wrong.add(schema.getKey() + " only renames a " + schema.getValue().path("type").asText());
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aNullablePropertyIsTheComponentOrNullAndARequiredOneIsThePlainComponent() {
        List<String> wrong = new ArrayList<>();
        forEachProperty((where, property) -> {
            if (property.has("allOf") && property.has("nullable")) {
                wrong.add(where + " uses allOf with nullable, whose null OpenAPI 3.0.3 validators reject");
            }
            JsonNode anyOf = property.path("anyOf");
            if (anyOf.isArray() && !(anyOf.size() == 2 && anyOf.get(0).has("$ref")
                    && anyOf.get(1).path("nullable").asBoolean()
                    && anyOf.get(1).path("enum").toString().equals("[null]"))) {
                wrong.add(where + " is an anyOf other than [component, null]");
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(SCHEMAS + "ConditionRef", schemas.at("/ClaimView/properties/condition/anyOf/0/$ref").asText());
        assertEquals(SCHEMAS + "ConditionRef", schemas.at("/ConditionMatch/properties/condition/$ref").asText());
        assertEquals("date", schemas.at("/ClaimView/properties/lastReviewed/format").asText());
    }

    @Test
    void everySortIsTheSharedEnumWithReadableMemberNames() {
        forEachOperation((where, operation) -> operation.path("parameters").forEach(parameter -> {
            if (parameter.path("name").asText().equals("sort")) {
                assertEquals(SCHEMAS + "SortOrder", parameter.at("/schema/$ref").asText(), where);
            }
        }));
        JsonNode sortOrder = schemas.path("SortOrder");
        assertEquals(List.of("Name", "NameDescending", "UpdatedAt", "UpdatedAtDescending"),
                texts(sortOrder.path("x-enum-varnames")));
        assertEquals(sortOrder.path("enum").size(), sortOrder.path("x-enum-descriptions").size());
    }

    @Test
    void everyReadCanBeConditionalAndHasAHeadTwin() {
        spec.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            JsonNode head = path.getValue().path("head");
            String where = path.getKey();
            if (get.isMissingNode()) {
                return;
            }
            assertTrue(texts(get.path("parameters"), "name").contains("If-None-Match"), where + " If-None-Match");
            assertTrue(get.at("/responses/304/headers").has("ETag"), where + " 304 with its ETag");
            String id = get.path("operationId").asText();
            assertEquals("head" + Character.toUpperCase(id.charAt(0)) + id.substring(1),
                    head.path("operationId").asText(), where + " HEAD twin");
            assertEquals(texts(get.path("parameters"), "name"), texts(head.path("parameters"), "name"), where);
            head.path("responses").fields().forEachRemaining(response -> assertTrue(
                    !response.getValue().has("content"), where + " HEAD " + response.getKey() + " has no body"));
        });
    }

    @Test
    void responseExamplesAreReferencedComponentsNotInline() {
        forEachOperation((where, operation) -> operation.at("/responses/200/content/application~1json/examples")
                .forEach(example -> {
                    String ref = example.path("$ref").asText();
                    assertTrue(ref.startsWith("#/components/examples/"), where + " example is inline");
                    assertTrue(spec.at(ref.substring(1)).has("value"), where + " " + ref + " exists");
                }));
    }

    @Test
    void everyEnumSaysItMayGrow() {
        schemas.fields().forEachRemaining(schema -> {
            if (schema.getValue().has("enum")) {
                assertTrue(schema.getValue().path("description").asText().contains("may add values"),
                        schema.getKey());
            }
        });
    }

    @Test
    void everyPageEnvelopeIsNamedPageAndItsItem() {
        schemas.fields().forEachRemaining(schema -> {
            JsonNode properties = schema.getValue().path("properties");
            if (ENVELOPE.stream().allMatch(properties::has)) {
                String item = properties.at("/items/items/$ref").asText().substring(SCHEMAS.length());
                assertEquals("Page" + item, schema.getKey());
            }
        });
    }

    @Test
    void everyServerIsDescribedAndOneIsAbsolute() {
        spec.path("servers").forEach(server -> assertTrue(server.path("description").isTextual(), server.toString()));
        assertTrue(texts(spec.path("servers"), "url").stream().anyMatch(url -> url.contains("://")), "no absolute URL");
    }

    private static void forEachOperation(BiConsumer<String, JsonNode> action) {
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields()
                .forEachRemaining(method -> action.accept(method.getKey() + " " + path.getKey(), method.getValue())));
    }

    private static void forEachProperty(BiConsumer<String, JsonNode> action) {
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("properties").fields()
                .forEachRemaining(property -> action.accept(schema.getKey() + "." + property.getKey(),
                        property.getValue())));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }
}
