package com.runnerinjury.shared.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.runnerinjury.support.ManagementInterface;
import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Request ids, and the per-route request and connection pool metrics the management interface serves. */
@QuarkusTest
class ObservabilityTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void echoesTheCallersRequestId() {
        given().header("X-Request-Id", "widget-42.a")
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("widget-42.a"));
    }

    @Test
    void generatesARequestIdWhenNoneIsGiven() {
        given().when().get("/api/v1/conditions/no-such-condition")
                .then().spec(ProblemSpecs.notFound("/api/v1/conditions/no-such-condition"))
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void replacesARequestIdThatIsNotAPlainToken() {
        given().header("X-Request-Id", "evil\tvalue with spaces")
                .when().get("/api/v1/sources")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void timesRequestsPerRouteTemplateNotPerSlug() {
        given().when().get("/api/v1/conditions/runners-knee").then().statusCode(200);
        given().when().get("/api/v1/conditions/plantar-fasciitis").then().statusCode(200);

        ManagementInterface.given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/api/v1/conditions/{slug}\"}"))
                .body(not(containsString("uri=\"/api/v1/conditions/runners-knee\"")));
    }

    @Test
    void exportsConnectionPoolMetrics() {
        ManagementInterface.given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsStringIgnoringCase("agroal_max_used_count"));
    }
}
