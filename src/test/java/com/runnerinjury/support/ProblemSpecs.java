package com.runnerinjury.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** Expectations for the problem responses tests check again and again. */
public final class ProblemSpecs {

    private ProblemSpecs() {
    }

    /** A 400 problem for the request to {@code instance} that names {@code field} among its errors. */
    public static ResponseSpecification invalidParameter(String instance, String field) {
        return new ResponseSpecBuilder()
                .expectStatusCode(400)
                .expectContentType("application/problem+json")
                .expectBody("type", equalTo("urn:runner-injury:problem:invalid-parameters"))
                .expectBody("status", equalTo(400))
                .expectBody("instance", equalTo(instance))
                .expectBody("errors.field", hasItem(field))
                .build();
    }
}
