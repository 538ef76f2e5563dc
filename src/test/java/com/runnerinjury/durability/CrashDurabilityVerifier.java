package com.runnerinjury.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Second half of the crash check: after the writer was killed, every acknowledged write must be in the database. */
@QuarkusTest
@TestProfile(DurabilityProfile.class)
@EnabledIfSystemProperty(named = DurabilityProfile.DIRECTORY_PROPERTY, matches = ".+")
class CrashDurabilityVerifier {

    @Inject
    DurableWrites writes;

    @Test
    void everyAcknowledgedWriteSurvivedTheCrash() throws IOException {
        Path directory = Path.of(System.getProperty(DurabilityProfile.DIRECTORY_PROPERTY));
        List<String> acknowledged = Files.readAllLines(directory.resolve("acknowledged")).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertTrue(acknowledged.size() >= 100, "the writer acknowledged only " + acknowledged.size() + " writes");

        long found = writes.countChanged(acknowledged);

        System.out.printf("Durability: %d acknowledged writes before kill -9, %d found after restart%n",
                acknowledged.size(), found);
        assertEquals(acknowledged.size(), found, "acknowledged writes lost in the crash");
    }
}
