package com.runnerinjury.shared.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the application on an H2 file in a data directory as a kill during the first migration leaves it: no database
 * yet, and beside it a copy that got as far as V1's first table.
 */
public class KilledFirstStart implements QuarkusTestProfile {

    static final String DIRECTORY_PROPERTY = "first-start.dir";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DataDirectory.class));
    }

    /** Creates the data directory before the application starts and deletes it after. */
    public static class DataDirectory implements QuarkusTestResourceLifecycleManager {

        private Path directory;

        @Override
        public Map<String, String> start() {
            try {
                directory = Files.createTempDirectory("first-start");
                H2FileDatabase database = new H2FileDatabase(directory.resolve("runner-injury"), "");
                try (Connection copy = DriverManager.getConnection(
                        database.sibling(AtomicH2Migration.COPY_SUFFIX).jdbcUrl(), "sa", "");
                        Statement statement = copy.createStatement()) {
                    statement.execute("create table sources (id varchar(80) not null primary key)");
                }
                return Map.of("%test.quarkus.datasource.jdbc.url",
                        "jdbc:h2:file:" + database.name() + ";${runner-injury.h2.options}",
                        DIRECTORY_PROPERTY, directory.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
