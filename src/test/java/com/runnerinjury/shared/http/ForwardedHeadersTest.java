package com.runnerinjury.shared.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A trusted proxy (by default one on this host, as the tests' client is) may tell the application the client's
 * address and scheme; the host it forwards is never taken, as nothing in the service needs it.
 */
@QuarkusTest
class ForwardedHeadersTest {

    static final String CLIENT = "/test-support/client";

    @Test
    void takesTheClientAddressAndSchemeFromATrustedProxy() {
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .when().get(CLIENT)
                .then().statusCode(200)
                .body("address", equalTo("203.0.113.7"))
                .body("scheme", equalTo("https"));
    }

    @Test
    void neverTakesTheForwardedHost() {
        given().header("X-Forwarded-Host", "evil.example").when().get(CLIENT)
                .then().statusCode(200)
                .body("host", equalTo("localhost"));
    }

    @Test
    void ignoresTheStandardForwardedHeader() {
        given().header("Forwarded", "for=203.0.113.7;proto=https").when().get(CLIENT)
                .then().statusCode(200)
                .body("address", equalTo("127.0.0.1"))
                .body("scheme", equalTo("http"));
    }
}
