package com.runnerinjury.durability;

import static io.restassured.RestAssured.given;

import com.runnerinjury.condition.ConditionRepository;
import com.runnerinjury.support.Tokens;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes through the HTTP API as an editor would, a draft condition created then changed by a conditional PUT,
 * and counts afterwards how many of them are in the database with their change.
 */
@ApplicationScoped
public class DurableWrites {

    static final String CHANGED = "Changed by a conditional PUT.";

    private final ConditionRepository conditions;
    private final String token = Tokens.editor();

    public DurableWrites(ConditionRepository conditions) {
        this.conditions = conditions;
    }

    /** Returns once the API acknowledged both writes: from then on they must survive a crash. */
    public void createAndChange(String slug) {
        String etag = given().auth().oauth2(token).contentType(ContentType.JSON).body(document(slug, "Created."))
                .post("/api/v1/conditions").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(document(slug, CHANGED)).put("/api/v1/conditions/" + slug).then().statusCode(200);
    }

    @Transactional
    public long countChanged(Collection<String> slugs) {
        return conditions.count("slug in ?1 and summary = ?2", slugs, CHANGED);
    }

    private static Map<String, Object> document(String slug, String summary) {
        return Map.of("slug", slug, "name", "Durability probe " + slug, "bodyRegion", "general", "summary", summary,
                "description", "Written by the crash check.", "symptoms", List.of());
    }
}
