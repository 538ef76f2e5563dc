package com.runnerinjury.shared.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the security headers, whatever produced it, with a policy fitting the page. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/conditions", "/api/v1/conditions/runners-knee", "/api/v1/conditions/nope",
            "/api/v1/search", "/q/openapi"})
    void apiResponsesForbidRenderingSniffingAndReferrers(String path) {
        given().header("Origin", "https://clinic.example").when().get(path)
                .then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY))
                .header("Strict-Transport-Security", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/conditions/nope", "/api/v1/claims?size=0", "/q/swagger-ui/"})
    void responsesThatEchoTheOriginVaryOnIt(String path) {
        given().header("Origin", "https://clinic.example").when().get(path)
                .then()
                .header("Access-Control-Allow-Origin", equalTo("https://clinic.example"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void swaggerUiMayRunItsOwnScriptsAndNothingElse() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_UI_POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/widget/", "/widget/runner-injury.js", "/widget/demo.css"})
    void widgetFilesRunOnlyTheirOwnScriptsAndTalkOnlyToThisService(String path) {
        given().when().get(path)
                .then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.WIDGET_POLICY))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void cachingVaryStaysAlongsideOrigin() {
        given().when().get("/api/v1/sources")
                .then().statusCode(200)
                .header("Vary", equalTo("Accept, Accept-Encoding, Origin"));
    }
}
