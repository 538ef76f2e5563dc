package com.runnerinjury.support;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/** Requests to the management interface (health and metrics), which listens on a port of its own. */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** The port the running application's management interface listens on. */
    public static int port() {
        return URI.create(TestHTTPResourceManager.getManagementUri()).getPort();
    }

    /** A REST Assured request to the management interface instead of the public port. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }
}
