package com.runnerinjury.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.h2.jdbcx.JdbcDataSource;
import org.jboss.logging.Logger;

/**
 * Applies pending Flyway migrations to an H2 file database on a copy beside it (a new database on a first start) and
 * moves the copy over the database only once it is fully migrated. H2 commits every DDL statement at once, so a
 * migration killed in place can leave tables behind that make each later attempt at it fail; this way the database
 * file is always either as it was before (absent on a first start) or fully migrated.
 */
public final class AtomicH2Migration {

    /** What the copy under migration is named after, beside the database. */
    static final String COPY_SUFFIX = ".migrating";

    private static final Logger LOG = Logger.getLogger(AtomicH2Migration.class);

    private final Configuration flyway;
    private final H2FileDatabase database;
    private final H2FileDatabase copy;
    private final String user;
    private final String password;

    /**
     * Migrates {@code database} with the locations, table and other settings of {@code flyway}, not its data source.
     */
    public AtomicH2Migration(Configuration flyway, H2FileDatabase database, String user, String password) {
        this.flyway = flyway;
        this.database = database;
        this.copy = database.sibling(COPY_SUFFIX);
        this.user = user;
        this.password = password;
    }

    /** Brings the database up to date; leaves it untouched when no migration is pending. */
    public void migrate() {
        try {
            deleteCopy();
            if (Files.exists(database.dataFile())) {
                if (flywayOn(database).info().pending().length == 0) {
                    return;
                }
                shutDown(database);
                Files.copy(database.dataFile(), copy.dataFile());
            }
            flywayOn(copy).migrate();
            shutDown(copy);
            moveIntoPlace();
            LOG.infof("Migrated %s on a copy and moved it into place", database.dataFile());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not migrate the H2 database " + database.dataFile(), e);
        }
    }

    /** What an earlier migration left if it was killed: a copy never moved into place holds nothing to keep. */
    private void deleteCopy() throws IOException {
        Path directory = copy.dataFile().toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, copy.name().getFileName() + ".*")) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }

    private Flyway flywayOn(H2FileDatabase target) {
        return Flyway.configure(flyway.getClassLoader()).configuration(flyway).dataSource(dataSource(target)).load();
    }

    private DataSource dataSource(H2FileDatabase target) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(target.jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Closes the database, so that its file is complete and nothing holds it open. */
    private void shutDown(H2FileDatabase target) throws SQLException {
        try (Connection connection = dataSource(target).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    /** A rename within a directory is atomic; syncing first makes sure the renamed file holds every byte. */
    private void moveIntoPlace() throws IOException {
        sync(copy.dataFile(), StandardOpenOption.WRITE);
        Files.move(copy.dataFile(), database.dataFile(), StandardCopyOption.ATOMIC_MOVE);
        deleteCopy();
        try {
            sync(database.dataFile().toAbsolutePath().getParent(), StandardOpenOption.READ);
        } catch (IOException cannotSyncDirectories) {
            // Some platforms cannot open a directory to sync it; the rename stands, only its durability on power loss
            // is then up to the file system.
        }
    }

    private static void sync(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
    }
}
