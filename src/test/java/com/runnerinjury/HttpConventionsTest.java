package com.runnerinjury;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.runnerinjury.support.ManagementInterface;
import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conventions every endpoint shares: caching and ETags, CORS, problem responses, HEAD, and health checks (on the
 * management interface).
 */
@QuarkusTest
class HttpConventionsTest {

    private static final String CONDITIONS = "/api/v1/conditions";
    private static final String RUNNERS_KNEE = CONDITIONS + "/runners-knee";
    private static final String ORIGIN = "https://clinic.example.org";
    private static final String STRONG_ETAG = "\"[A-Za-z0-9_-]+\"";

    // ---------------------------------------------------------------------------------------------
    // Caching
    // ---------------------------------------------------------------------------------------------

    @Test
    void readsCarryAStrongETagAndPublicCacheControl() {
        given().when().get(RUNNERS_KNEE)
                .then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_ETAG))
                .header("Cache-Control", equalTo("public, max-age=300"));
        given().when().get(CONDITIONS)
                .then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_ETAG))
                .header("Cache-Control", equalTo("public, max-age=300"));
    }

    @Test
    void answersNotModifiedWithoutBodyWhenIfNoneMatchHoldsTheCurrentETag() {
        String etag = etagOf(RUNNERS_KNEE);
        String body = given().header("If-None-Match", etag).when().get(RUNNERS_KNEE)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract().asString();
        assertEquals("", body);
    }

    @Test
    void answersNotModifiedForAListWithTheSameQuery() {
        String etag = given().queryParam("bodyRegion", "knee").when().get(CONDITIONS)
                .then().statusCode(200).extract().header("ETag");
        given().queryParam("bodyRegion", "knee").header("If-None-Match", etag).when().get(CONDITIONS)
                .then().statusCode(304)
                .body(emptyString());
    }

    @Test
    void returnsTheFullBodyWhenIfNoneMatchHoldsAnotherETag() {
        String etag = etagOf(RUNNERS_KNEE);
        given().header("If-None-Match", "\"not-the-current-tag\"").when().get(RUNNERS_KNEE)
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("slug", equalTo("runners-knee"));
    }

    @Test
    void eTagIsStableForTheSameRepresentationAndDiffersForAnother() {
        assertEquals(etagOf(RUNNERS_KNEE), etagOf(RUNNERS_KNEE));
        assertNotEquals(etagOf(RUNNERS_KNEE), etagOf(CONDITIONS + "/shin-splints"));
        // an ETag of one resource must not validate another
        given().header("If-None-Match", etagOf(CONDITIONS + "/shin-splints")).when().get(RUNNERS_KNEE)
                .then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------
    // CORS
    // ---------------------------------------------------------------------------------------------

    @Test
    void allowsCrossOriginReadsAndExposesPagingAndCachingHeaders() {
        given().header("Origin", ORIGIN).when().get(CONDITIONS)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", anyOf(equalTo(ORIGIN), equalTo("*")))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void answersACorsPreflightForAConditionalGet() {
        // If-None-Match is not CORS-safelisted: a widget revalidating its cache needs it allowed
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options(CONDITIONS)
                .then().statusCode(anyOf(equalTo(200), equalTo(204)))
                .header("Access-Control-Allow-Origin", anyOf(equalTo(ORIGIN), equalTo("*")))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-none-match"))
                .header("Access-Control-Max-Age", equalTo("86400"));
    }

    @Test
    void crossOriginResponsesThatNameTheOriginVaryOnOrigin() {
        // a public, cacheable response echoing one origin must tell shared caches it differs per Origin
        var response = given().header("Origin", ORIGIN).when().get(CONDITIONS)
                .then().statusCode(200).extract();
        String allowed = response.header("Access-Control-Allow-Origin");
        if (!"*".equals(allowed)) {
            assertTrue(response.headers().getValues("Vary").stream()
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .anyMatch(v -> v.trim().equalsIgnoreCase("Origin")),
                    "Access-Control-Allow-Origin is " + allowed + " but Vary is "
                            + response.headers().getValues("Vary"));
        }
    }

    @Test
    void errorResponsesAreReadableCrossOrigin() {
        given().header("Origin", ORIGIN).when().get(CONDITIONS + "/runners-elbow")
                .then().spec(ProblemSpecs.notFound(CONDITIONS + "/runners-elbow"))
                .header("Access-Control-Allow-Origin", anyOf(equalTo(ORIGIN), equalTo("*")));
    }

    // ---------------------------------------------------------------------------------------------
    // Error responses
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void rejectsMethodsAListDoesNotTakeWithMethodNotAllowedProblem(String method) {
        given().contentType("application/json").body("{}")
                .when().request(method, CONDITIONS)
                .then().spec(ProblemSpecs.problem(405, CONDITIONS));
    }

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        // RFC 9110 section 15.5.6: a 405 response MUST carry an Allow header
        given().contentType("application/json").body("{}").when().delete(CONDITIONS)
                .then().spec(ProblemSpecs.problem(405, CONDITIONS))
                .header("Allow", allOf(containsString("GET"), containsString("HEAD"), containsString("POST")));
    }

    @Test
    void rejectsAPostToAConditionWithMethodNotAllowedProblem() {
        given().contentType("application/json").body("{}").when().post(RUNNERS_KNEE)
                .then().spec(ProblemSpecs.problem(405, RUNNERS_KNEE))
                .header("Allow", allOf(containsString("PUT"), containsString("PATCH"), containsString("DELETE")));
    }

    @Test
    void rejectsAnAcceptWithoutJsonWithNotAcceptableProblem() {
        given().accept("text/html").when().get(CONDITIONS)
                .then().spec(ProblemSpecs.problem(406, CONDITIONS))
                .body("title", equalTo("Not Acceptable"));
    }

    @Test
    void returnsNotFoundProblemForUnknownApiPath() {
        given().when().get("/api/v1/nope").then().spec(ProblemSpecs.problem(404, "/api/v1/nope"));
    }

    @Test
    void internalErrorsAreProblemsWithoutInternals() {
        String body = given().when().get("/test-support/fail")
                .then().spec(ProblemSpecs.problem(500, "/test-support/fail"))
                .body("type", equalTo("urn:runner-injury:problem:internal-error"))
                .body("title", equalTo("Internal server error"))
                .body("detail", matchesPattern(".*incident [0-9a-f-]{36}.*"))
                .extract().asString();
        assertFalse(body.contains("IllegalStateException"), body);
        assertFalse(body.contains("SELECT"), body);
        assertFalse(body.contains("secret"), body);
        assertFalse(body.contains("at com."), body);
    }

    // ---------------------------------------------------------------------------------------------
    // HEAD and operations endpoints
    // ---------------------------------------------------------------------------------------------

    @Test
    void answersHeadLikeGetWithoutABody() {
        String etag = etagOf(RUNNERS_KNEE);
        String body = given().when().head(RUNNERS_KNEE)
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract().asString();
        assertEquals("", body);
    }

    @Test
    void answersHeadOnAListWithItsLinkHeader() {
        given().queryParam("size", 3).when().head(CONDITIONS)
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""));
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        ManagementInterface.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void livenessIsUp() {
        ManagementInterface.given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    private static String etagOf(String path) {
        return given().when().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
    }
}
