package com.runnerinjury;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;

import com.runnerinjury.support.ManagementInterface;
import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health and metrics answer only on the management interface, a port the public never reaches; the API, its spec
 * and Swagger UI stay on the public port. Errors on either port are problems with a request id.
 */
@QuarkusTest
class OperationsPortTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started"})
    void operationsEndpointsAreNotFoundOnThePublicPort(String path) {
        given().when().get(path)
                .then().spec(ProblemSpecs.problem(404, path))
                .header("X-Request-Id", not(emptyOrNullString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started"})
    void operationsEndpointsServeOnTheManagementPort(String path) {
        ManagementInterface.given().when().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/swagger-ui/"})
    void theSpecAndSwaggerUiStayOnThePublicPortOnly(String path) {
        given().when().get(path).then().statusCode(200);
        ManagementInterface.given().when().get(path).then().spec(ProblemSpecs.problem(404, path));
    }
}
