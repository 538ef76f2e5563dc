package com.runnerinjury.support;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** Expectations for the RFC 9457 problem responses tests check again and again. */
public final class ProblemSpecs {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String INVALID_PARAMETERS = "urn:runner-injury:problem:invalid-parameters";
    private static final String NOT_FOUND = "urn:runner-injury:problem:not-found";

    private ProblemSpecs() {
    }

    /** Any problem response: the given status and instance, and a type, title and detail that say something. */
    public static ResponseSpecification problem(int status, String instance) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(PROBLEM_JSON)
                .expectBody("type", not(emptyOrNullString()))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("status", equalTo(status))
                .expectBody("detail", not(emptyOrNullString()))
                .expectBody("instance", equalTo(instance))
                .build();
    }

    /** A 400 problem for the request to {@code instance} that names {@code field} among its errors. */
    public static ResponseSpecification invalidParameter(String instance, String field) {
        return invalid(instance).expectBody("errors.field", hasItem(field)).build();
    }

    /**
     * A 400 problem for the request to {@code instance} whose errors name exactly {@code fields}, in any order; a
     * field given twice must be named twice.
     */
    public static ResponseSpecification invalidParameters(String instance, String... fields) {
        return invalid(instance).expectBody("errors.field", containsInAnyOrder((Object[]) fields)).build();
    }

    /** A 404 problem for the request to {@code instance}, without parameter errors. */
    public static ResponseSpecification notFound(String instance) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(404, instance))
                .expectBody("type", equalTo(NOT_FOUND))
                .expectBody("title", equalTo("Resource not found"))
                .expectBody("errors", nullValue())
                .build();
    }

    private static ResponseSpecBuilder invalid(String instance) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(400, instance))
                .expectBody("type", equalTo(INVALID_PARAMETERS))
                .expectBody("title", equalTo("Invalid request parameters"))
                .expectBody("errors.message", everyItem(not(emptyOrNullString())));
    }
}
