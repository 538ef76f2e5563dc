package com.runnerinjury.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holds search and the conditions {@code q} filter to the exact rankings and scores recorded in
 * {@code search-golden.json}. CI runs the suite on H2 and on PostgreSQL, so passing on both proves that text
 * search behaves the same on either database.
 */
@QuarkusTest
class SearchParityTest {

    private record Expected(List<String> search, List<String> conditions) {
    }

    @Test
    void searchRanksAndScoresExactlyAsRecorded() throws IOException {
        golden().forEach((query, expected) -> {
            JsonPath hits = given().queryParam("q", query).queryParam("size", 100)
                    .when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            List<String> actual = hits.getList("items", Map.class).stream()
                    .map(hit -> hit.get("type") + "/" + hit.get("slug") + " " + hit.get("score"))
                    .toList();
            assertEquals(expected.search(), actual, "search ranking for '" + query + "'");
        });
    }

    @Test
    void conditionTextFilterMatchesExactlyAsRecorded() throws IOException {
        golden().forEach((query, expected) -> {
            List<String> slugs = given().queryParam("q", query).queryParam("size", 100)
                    .when().get("/api/v1/conditions").then().statusCode(200)
                    .extract().jsonPath().getList("items.slug", String.class);
            assertEquals(expected.conditions(), slugs, "conditions matching q='" + query + "'");
        });
    }

    private static Map<String, Expected> golden() throws IOException {
        try (InputStream in = SearchParityTest.class.getResourceAsStream("/search-golden.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() {
            });
        }
    }
}
