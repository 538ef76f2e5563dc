package com.runnerinjury.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimResourceTest {

    @Test
    void listsGeneralClaimsWithNullCondition() {
        given().queryParam("size", 100).when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items.condition", hasItem(nullValue()));
    }
}
