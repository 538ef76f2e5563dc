package com.runnerinjury.shared.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment behind TLS can ask browsers to use HTTPS only; the header then goes on every response. */
@QuarkusTest
@TestProfile(StrictTransportSecurityTest.BehindTls.class)
class StrictTransportSecurityTest {

    static final String POLICY = "max-age=31536000; includeSubDomains";

    /** Configures the header as an operator of a TLS deployment would. */
    public static class BehindTls implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("runner-injury.http.security.strict-transport-security", POLICY);
        }
    }

    @Test
    void sendsTheConfiguredPolicyOnReadsAndProblems() {
        given().when().get("/api/v1/conditions").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo(POLICY));
        given().when().get("/api/v1/conditions/nope").then().statusCode(404)
                .header("Strict-Transport-Security", equalTo(POLICY));
    }
}
