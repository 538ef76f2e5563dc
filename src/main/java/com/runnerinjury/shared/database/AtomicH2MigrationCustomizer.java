package com.runnerinjury.shared.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Makes Quarkus' migration at start crash-safe on an H2 file database: Quarkus calls this as it creates the Flyway
 * instance it migrates with, before anything has opened the database, and this migrates the file atomically
 * ({@link AtomicH2Migration}) with the same configuration, which leaves Quarkus' own migration nothing to do.
 */
@Singleton
public class AtomicH2MigrationCustomizer implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean migrateAtStart;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Override
    public void customize(FluentConfiguration configuration) {
        if (migrateAtStart) {
            url.flatMap(H2FileDatabase::fromJdbcUrl).ifPresent(database -> new AtomicH2Migration(configuration,
                    database, user.orElse(""), password.orElse("")).migrate());
        }
    }
}
