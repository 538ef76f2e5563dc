package com.runnerinjury.shared.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The application starts on what a kill during its first migration left, with Quarkus' own migration at start. An H2
 * matter: the PostgreSQL run of the suite (test profile {@code test,postgres}) has no H2 file to start on.
 */
@QuarkusTest
@TestProfile(KilledFirstStart.class)
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*postgres.*")
class FirstStartRecoveryTest {

    @Inject
    Flyway flyway;

    @ConfigProperty(name = KilledFirstStart.DIRECTORY_PROPERTY)
    Path directory;

    @Test
    void servesTheContent() {
        given().get("/api/v1/conditions/runners-knee").then().statusCode(200).body("slug", is("runners-knee"));
        given().get("/api/v1/claims").then().statusCode(200).body("totalItems", greaterThan(0));
    }

    @Test
    void keepsOnlyTheFullyMigratedDatabase() throws IOException {
        MigrationInfo[] migrations = flyway.info().all();

        assertEquals(0, flyway.info().pending().length);
        assertEquals(migrations[migrations.length - 1].getVersion(), flyway.info().current().getVersion());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("runner-injury.mv.db"), files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.endsWith(".trace.db")).toList());
        }
    }
}
