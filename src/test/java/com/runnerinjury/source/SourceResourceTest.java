package com.runnerinjury.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    @Test
    void listsBothSourceArticlesByTitle() {
        given().when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains("acupuncture-in-running", "how-acupuncture-helps-runners"));
    }

    @Test
    void returnsSourceWithAuthorAndClaimCount() {
        given().when().get("/api/v1/sources/how-acupuncture-helps-runners")
                .then().statusCode(200)
                .body("author", equalTo("Joseph Alban"))
                .body("kind", equalTo("practitioner-article"))
                .body("claimCount", greaterThan(0));
    }

    @Test
    void returnsNotFoundProblemForUnknownId() {
        given().when().get("/api/v1/sources/no-such-source")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/sources/no-such-source"));
    }
}
