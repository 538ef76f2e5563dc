package com.runnerinjury.shared.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A peer that is not a trusted proxy cannot make the application believe another client address or scheme. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.ProxyElsewhere.class)
class UntrustedProxyTest {

    /** Trusts only a proxy network the tests' client (on this host) is not part of, as in Kubernetes. */
    public static class ProxyElsewhere implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.0/24");
        }
    }

    @Test
    void ignoresForwardedHeadersFromAnUntrustedPeer() {
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .when().get(ForwardedHeadersTest.CLIENT)
                .then().statusCode(200)
                .body("address", equalTo("127.0.0.1"))
                .body("scheme", equalTo("http"))
                .body("host", equalTo("localhost"));
    }
}
