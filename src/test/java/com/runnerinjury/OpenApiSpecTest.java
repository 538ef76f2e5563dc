package com.runnerinjury;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI spec must match the one the code generates (spec drift). */
@QuarkusTest
class OpenApiSpecTest {

    private static final String UPDATE_HINT = "The committed spec differs from the one the code generates. If the API "
            + "change is intended, run `./mvnw package -DskipTests && cp target/openapi/openapi.* openapi/` and "
            + "commit the result. Differences: ";

    @Test
    void committedYamlMatchesGeneratedSpec() throws IOException {
        assertMatches("yaml", new ObjectMapper(new YAMLFactory()), Path.of("openapi", "openapi.yaml"));
    }

    @Test
    void committedJsonMatchesGeneratedSpec() throws IOException {
        assertMatches("json", new ObjectMapper(), Path.of("openapi", "openapi.json"));
    }

    private static void assertMatches(String format, ObjectMapper mapper, Path committed) throws IOException {
        String generated = given().queryParam("format", format).when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        List<String> differences = new ArrayList<>();
        diff("", mapper.readTree(generated), mapper.readTree(Files.readString(committed)), differences);
        assertEquals(List.of(), differences, UPDATE_HINT + committed);
    }

    private static void diff(String pointer, JsonNode generated, JsonNode committed, List<String> differences) {
        if (differences.size() >= 20 || generated.equals(committed)) {
            return;
        }
        if (!generated.isContainerNode() || generated.getNodeType() != committed.getNodeType()
                || generated.isArray() && generated.size() != committed.size()) {
            differences.add(pointer.isEmpty() ? "/" : pointer);
            return;
        }
        var keys = new TreeSet<String>();
        if (generated.isObject()) {
            generated.fieldNames().forEachRemaining(keys::add);
            committed.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode g = generated.path(key);
                JsonNode c = committed.path(key);
                diff(pointer + "/" + key.replace("~", "~0").replace("/", "~1"), g, c, differences);
            }
        } else {
            for (int i = 0; i < generated.size(); i++) {
                diff(pointer + "/" + i, generated.get(i), committed.get(i), differences);
            }
        }
    }
}
