package com.runnerinjury.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The widget files as a clinic's page gets them: scripts any origin may load, cached for an hour, revalidated. */
@QuarkusTest
class WidgetFilesTest {

    private static final String CLINIC = "https://clinic.example";

    static Stream<String> files() {
        return WidgetSources.files().map(file -> "/widget/" + file.getFileName());
    }

    @ParameterizedTest
    @MethodSource("files")
    void anotherOriginMayLoadEachFile(String path) {
        given().header("Origin", CLINIC).when().get(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CLINIC))
                .header("Vary", containsString("Origin"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachFileIsCachedForAnHourAndThenRevalidated(String path) {
        String lastModified = given().when().get(path)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .header("Cache-Control", not(containsString("immutable")))
                .header("Last-Modified", notNullValue())
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(304);
    }

    @Test
    void scriptsAreJavaScriptAndTheDemoPageIsTheIndex() {
        given().when().get("/widget/runner-injury.js")
                .then().statusCode(200).contentType(startsWith("text/javascript"));
        given().when().get("/widget/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<injury-card"), containsString("<symptom-checker"),
                        containsString("<injury-search"));
    }
}
