package com.runnerinjury.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of reading where an H2 JDBC URL keeps its database file. */
class H2FileDatabaseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:./data/runner-injury;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE | ./data/runner-injury"
                    + " | ;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
            "jdbc:h2:file:/var/lib/api/db | /var/lib/api/db | ''",
            "jdbc:h2:./data/runner-injury;MODE=PostgreSQL | ./data/runner-injury | ;MODE=PostgreSQL",
            "JDBC:H2:FILE:/tmp/x;A=1 | /tmp/x | ;A=1"})
    void readsTheNameAndTheSettingsOfAFileDatabase(String url, String name, String settings) {
        assertEquals(Optional.of(new H2FileDatabase(Path.of(name), settings)), H2FileDatabase.fromJdbcUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdbc:h2:mem:runner-injury;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db.example/data/api",
            "jdbc:h2:ssl://db.example/api", "jdbc:h2:zip:/tmp/db.zip!/api", "jdbc:h2:mem:",
            "jdbc:postgresql://127.0.0.1:5432/runner_injury", "jdbc:h2:file:;A=1"})
    void findsNoFileDatabaseInOtherUrls(String url) {
        assertEquals(Optional.empty(), H2FileDatabase.fromJdbcUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdbc:h2:~/api", "jdbc:h2:file:~/api"})
    void findsTheHomeDirectoryAsH2Does(String url) {
        assertEquals(Path.of(System.getProperty("user.home"), "api"), H2FileDatabase.fromJdbcUrl(url).orElseThrow()
                .name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdbc:h2:file:./data/runner-injury;WRITE_DELAY=0"})
    void namesItsDataFileAndSiblingsBesideIt(String url) {
        H2FileDatabase database = H2FileDatabase.fromJdbcUrl(url).orElseThrow();
        H2FileDatabase copy = database.sibling(".migrating");

        assertEquals(Path.of("./data/runner-injury.mv.db"), database.dataFile());
        assertEquals(Path.of("./data/runner-injury.migrating.mv.db"), copy.dataFile());
        assertEquals("jdbc:h2:file:./data/runner-injury.migrating;WRITE_DELAY=0", copy.jdbcUrl());
        assertEquals(url, database.jdbcUrl());
    }
}
