package com.runnerinjury.durability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * First half of the crash check run by {@code .ci/durability-check}: writes through the HTTP API, logging each
 * item once the API acknowledged it, until the script kills this JVM with {@code kill -9}. Not part of the suite.
 */
@QuarkusTest
@TestProfile(DurabilityProfile.class)
@EnabledIfSystemProperty(named = DurabilityProfile.DIRECTORY_PROPERTY, matches = ".+")
class CrashDurabilityWriter {

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    @Inject
    DurableWrites writes;

    @Test
    void writesUntilKilled() throws IOException {
        Path directory = Path.of(System.getProperty(DurabilityProfile.DIRECTORY_PROPERTY));
        Path acknowledged = directory.resolve("acknowledged");
        Files.writeString(directory.resolve("pid"), Long.toString(ProcessHandle.current().pid()));
        Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
        for (int i = 1; Instant.now().isBefore(deadline); i++) {
            String id = "durability-" + i;
            writes.createAndChange(id);
            Files.writeString(acknowledged, id + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
