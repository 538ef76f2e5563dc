package com.runnerinjury.durability;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs the application on an H2 file under {@code -Ddurability.dir} with the production H2 options, or on the
 * PostgreSQL database the {@code postgres} test profile names.
 */
public class DurabilityProfile implements QuarkusTestProfile {

    static final String DIRECTORY_PROPERTY = "durability.dir";

    @Override
    public Map<String, String> getConfigOverrides() {
        if (System.getProperty("quarkus.test.profile", "").contains("postgres")) {
            return Map.of("quarkus.http.test-port", "0");
        }
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        return Map.of(
                "%test.quarkus.datasource.jdbc.url",
                "jdbc:h2:file:" + directory + "/runner-injury;${runner-injury.h2.options}",
                "quarkus.http.test-port", "0",
                "quarkus.management.test-port", "0");
    }
}
