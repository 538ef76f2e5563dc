package com.runnerinjury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.modality.ModalityCategory;
import com.runnerinjury.search.SearchType;
import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.EvidenceLevel;
import com.runnerinjury.shared.content.Outcome;
import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the committed spec to the documentation every operation owes Swagger UI users and client generators. */
class OpenApiDocumentationTest {

    private static final Path CONTRACT = Path.of("..", "shared", "API.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private static JsonNode spec;

    @BeforeAll
    static void readSpec() throws IOException {
        spec = new ObjectMapper().readTree(Path.of("openapi", "openapi.json").toFile());
    }

    @Test
    void describesTheApiItself() {
        JsonNode info = spec.path("info");
        for (String field : List.of("title", "version", "description")) {
            assertTrue(info.path(field).isTextual(), "info." + field);
        }
        assertTrue(info.path("contact").path("url").isTextual(), "info.contact");
        assertTrue(info.path("license").path("name").isTextual(), "info.license");
    }

    @Test
    void everyOperationIsFullyDocumented() {
        List<String> gaps = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = method.getValue();
            for (String field : List.of("operationId", "summary", "description")) {
                if (!operation.path(field).isTextual()) {
                    gaps.add(where + " has no " + field);
                }
            }
            if (operation.path("tags").isEmpty()) {
                gaps.add(where + " has no tag");
            }
            operation.path("parameters").forEach(parameter -> {
                if (!parameter.path("description").isTextual()) {
                    gaps.add(where + " parameter " + parameter.path("name").asText() + " has no description");
                }
            });
            JsonNode success = operation.path("responses").has("201") ? operation.path("responses").path("201")
                    : operation.path("responses").path("200");
            boolean hasBody = !method.getKey().equals("head") && !operation.path("responses").has("204");
            if (hasBody && success.path("content").path("application/json").path("examples").isEmpty()) {
                gaps.add(where + " has no example of its success response");
            }
            operation.path("requestBody").path("content").fields().forEachRemaining(body -> {
                if (body.getValue().path("examples").isEmpty()) {
                    gaps.add(where + " has no example of its " + body.getKey() + " body");
                }
            });
            for (String status : expectedProblems(path.getKey(), operation)) {
                if (!operation.path("responses").has(status)) {
                    gaps.add(where + " does not declare its " + status);
                }
            }
        }));
        assertEquals(List.of(), gaps);
    }

    @Test
    void everyProblemResponseUsesTheProblemSchema() {
        spec.path("components").path("responses").fields().forEachRemaining(response -> {
            JsonNode content = response.getValue().path("content").path("application/problem+json");
            assertEquals("#/components/schemas/Problem", content.path("schema").path("$ref").asText(),
                    response.getKey());
            assertTrue(!content.path("examples").isEmpty(), response.getKey() + " has an example");
        });
    }

    @Test
    void everyEnumerationIsPublishedWithItsWireValues() {
        for (Class<? extends WireValue> type : List.of(BodyRegion.class, EvidenceLevel.class, Outcome.class,
                SourceKind.class, SearchType.class, ModalityCategory.class)) {
            JsonNode enumeration = spec.path("components").path("schemas").path(type.getSimpleName()).path("enum");
            assertEquals(wireValues(type), texts(enumeration), type.getSimpleName());
        }
    }

    @Test
    void enumerationsAreSpelledAsTheContractSays() throws IOException {
        assumeTrue(Files.exists(CONTRACT), "the contract " + CONTRACT + " is not beside this clone");
        String enumerations = Files.readString(CONTRACT).split("## Enumerations")[1].split("\n## ")[0];
        Map<String, Class<? extends WireValue>> types = Map.of("bodyRegion", BodyRegion.class,
                "evidenceLevel", EvidenceLevel.class, "outcome", Outcome.class, "status", ContentStatus.class);
        for (String entry : enumerations.split("\n- ")) {
            Matcher name = BACKTICKED.matcher(entry);
            if (!name.find() || !types.containsKey(name.group(1))) {
                continue;
            }
            Class<? extends WireValue> type = types.get(name.group(1));
            Set<String> spelled = new LinkedHashSet<>();
            while (name.find()) {
                spelled.add(name.group(1));
            }
            assertEquals(List.copyOf(spelled), wireValues(type), entry);
        }
    }

    /** Any request can be unreadable (400) or too large (414, 431), whatever parameters the operation takes. */
    private static List<String> expectedProblems(String path, JsonNode operation) {
        List<String> statuses = new ArrayList<>(List.of("400", "406", "414", "431", "500"));
        if (!operation.path("security").isEmpty()) {
            statuses.addAll(List.of("401", "403"));
        }
        if (operation.has("requestBody")) {
            statuses.addAll(List.of("413", "415"));
        }
        boolean conditional = StreamSupport.stream(operation.path("parameters").spliterator(), false)
                .anyMatch(p -> "If-Match".equals(p.path("name").asText()));
        if (conditional) {
            statuses.add("412");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        return statuses;
    }

    private static List<String> wireValues(Class<? extends WireValue> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wireValue).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
