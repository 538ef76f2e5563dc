package com.runnerinjury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the committed spec to the documentation every operation owes Swagger UI users and client generators. */
class OpenApiDocumentationTest {

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
            if (operation.path("responses").path("200").path("content").path("application/json")
                    .path("examples").isEmpty()) {
                gaps.add(where + " has no 200 example");
            }
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
    void enumerationsAreSpelledAsTheContractSays() {
        Map<String, List<String>> contract = Map.of(
                "BodyRegion", List.of("lower-back", "hip", "thigh", "knee", "lower-leg", "foot", "general"),
                "EvidenceLevel", List.of("study-reported", "practitioner-opinion", "traditional-theory", "weak"),
                "Outcome", List.of("pain-relief", "inflammation", "circulation", "muscle-relaxation",
                        "range-of-motion", "strength", "healing", "recovery", "injury-prevention", "performance",
                        "stress", "immunity", "sleep"),
                "SourceKind", List.of("practitioner-article", "consumer-article", "study"),
                "SearchType", List.of("condition", "symptom", "modality"));
        contract.forEach((schema, values) -> {
            JsonNode enumeration = spec.path("components").path("schemas").path(schema).path("enum");
            List<String> actual = StreamSupport.stream(enumeration.spliterator(), false).map(JsonNode::asText).toList();
            assertEquals(values, actual, schema);
        });
    }

    private static List<String> expectedProblems(String path, JsonNode operation) {
        List<String> statuses = new ArrayList<>(List.of("406", "500"));
        boolean hasQuery = StreamSupport.stream(operation.path("parameters").spliterator(), false)
                .anyMatch(p -> "query".equals(p.path("in").asText()));
        if (hasQuery) {
            statuses.add("400");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        return statuses;
    }
}
