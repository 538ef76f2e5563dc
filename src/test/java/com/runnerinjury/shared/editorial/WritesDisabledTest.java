package com.runnerinjury.shared.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.runnerinjury.support.ProblemSpecs;
import com.runnerinjury.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment whose replicas do not share a database takes no writes, and says where writes are taken. */
@QuarkusTest
@TestProfile(WritesDisabledTest.NoWrites.class)
class WritesDisabledTest {

    @Test
    void aWriteIsRefusedWith503NamingThePostgresOverlay() {
        given().auth().oauth2(Tokens.publisher()).contentType(ContentType.JSON)
                .body(Map.of("slug", "test-refused", "name", "Refused", "bodyRegion", "knee", "summary", "s",
                        "description", "d"))
                .post("/api/v1/conditions").then()
                .spec(ProblemSpecs.problem(503, "/api/v1/conditions"))
                .body("type", equalTo("urn:runner-injury:problem:writes-disabled"))
                .body("detail", org.hamcrest.Matchers.containsString("k8s/overlays/postgres"));
        given().get("/api/v1/conditions/runners-knee").then().statusCode(200);
    }

    /** Writes switched off, as the Kubernetes base does. */
    public static class NoWrites implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("runner-injury.editorial.writes-enabled", "false");
        }
    }
}
