package com.runnerinjury.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the atomic migration against real H2 files and the project's own migrations, without Quarkus. The Flyway
 * configuration handed in points at the database itself, as Quarkus' does, so a migration that reached the database
 * through it would show.
 */
class AtomicH2MigrationTest {

    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String FAILING_LATER = "classpath:db/atomic-migration/failing";
    private static final String PASSING_LATER = "classpath:db/atomic-migration/passing";
    /** The test migrations' version, past any the project will have. */
    private static final String LATER = "1000";
    /** The project's newest migration, as its file names say. */
    private static final String NEWEST = newestMigration();

    @TempDir
    Path directory;

    private H2FileDatabase database;

    @BeforeEach
    void database() {
        database = new H2FileDatabase(directory.resolve("data/runner-injury"), ";WRITE_DELAY=0");
    }

    @Test
    void buildsANewDatabaseBesideItAndMovesItIntoPlace() throws SQLException {
        migrate(MIGRATIONS);

        assertEquals(NEWEST, currentVersion());
        assertEquals(70, count("claims"));
        assertEquals(List.of(database.dataFile()), databaseFiles());
    }

    @Test
    void leavesNoDatabaseWhenAFirstMigrationFails() {
        assertThrows(RuntimeException.class, () -> migrate(MIGRATIONS, FAILING_LATER));

        assertFalse(Files.exists(database.dataFile()), "a half-migrated database was left in place");
    }

    @Test
    void discardsWhatAKilledMigrationLeftAndStartsAfresh() throws SQLException {
        try (Connection copy = connect(database.sibling(AtomicH2Migration.COPY_SUFFIX))) {
            copy.createStatement().execute("create table sources (id varchar(80) primary key)");
        }

        migrate(MIGRATIONS);

        assertEquals(NEWEST, currentVersion());
        assertEquals(List.of(database.dataFile()), databaseFiles());
    }

    @Test
    void leavesAnUpToDateDatabaseUntouched() throws IOException {
        migrate(MIGRATIONS);
        Object file = fileKey();

        migrate(MIGRATIONS);

        assertEquals(file, fileKey());
    }

    @Test
    void appliesALaterMigrationOnACopyAndKeepsTheData() throws IOException, SQLException {
        migrate(MIGRATIONS);
        Object before = fileKey();

        migrate(MIGRATIONS, PASSING_LATER);

        assertEquals(LATER, currentVersion());
        assertEquals(1, count("editorial_notes"));
        assertEquals(70, count("claims"));
        assertNotEquals(before, fileKey(), "the migrated copy was not moved into place");
        assertEquals(List.of(database.dataFile()), databaseFiles());
    }

    @Test
    void leavesAnExistingDatabaseAsItWasWhenALaterMigrationFails() throws SQLException {
        migrate(MIGRATIONS);

        assertThrows(RuntimeException.class, () -> migrate(MIGRATIONS, FAILING_LATER));

        assertEquals(NEWEST, currentVersion());
        assertEquals(0, count("information_schema.tables where table_name = 'EDITORIAL_NOTES'"));
    }

    private static String newestMigration() {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return Integer.toString(files.map(file -> file.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void migrate(String... locations) {
        Configuration flyway = Flyway.configure().locations(locations).dataSource(database.jdbcUrl(), "sa", "");
        new AtomicH2Migration(flyway, database, "sa", "").migrate();
    }

    private String currentVersion() {
        return Flyway.configure().locations(MIGRATIONS, PASSING_LATER).dataSource(database.jdbcUrl(), "sa", "")
                .load().info().current().getVersion().getVersion();
    }

    private long count(String table) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private Object fileKey() throws IOException {
        return Files.readAttributes(database.dataFile(), BasicFileAttributes.class).fileKey();
    }

    /** The database files in the data directory, leaving out the trace file H2 may write beside them. */
    private List<Path> databaseFiles() {
        try (Stream<Path> files = Files.list(database.dataFile().getParent())) {
            return files.filter(file -> !file.getFileName().toString().endsWith(".trace.db")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(H2FileDatabase target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), "sa", "");
    }
}
