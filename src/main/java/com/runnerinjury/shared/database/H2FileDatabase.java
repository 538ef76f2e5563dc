package com.runnerinjury.shared.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An embedded H2 database kept in a file: the path H2 names it by (its data file adds {@code .mv.db}) and the
 * settings its JDBC URL gives after the first {@code ;}.
 */
public record H2FileDatabase(Path name, String settings) {

    private static final String H2_URL = "jdbc:h2:";
    private static final String FILE = "file:";
    /**
     * A storage H2 names before the path, such as {@code mem:}, {@code tcp:} or {@code zip:}, unlike a drive letter.
     */
    private static final Pattern OTHER_STORAGE = Pattern.compile("^[A-Za-z][A-Za-z0-9]+:");

    /** The file database a JDBC URL names; empty for any other database, an in-memory H2 or a remote one. */
    public static Optional<H2FileDatabase> fromJdbcUrl(String url) {
        if (!url.regionMatches(true, 0, H2_URL, 0, H2_URL.length())) {
            return Optional.empty();
        }
        String rest = url.substring(H2_URL.length());
        int settingsStart = rest.indexOf(';') < 0 ? rest.length() : rest.indexOf(';');
        String location = rest.substring(0, settingsStart);
        if (location.regionMatches(true, 0, FILE, 0, FILE.length())) {
            location = location.substring(FILE.length());
        } else if (OTHER_STORAGE.matcher(location).find()) {
            return Optional.empty();
        }
        if (location.isEmpty()) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Optional.of(new H2FileDatabase(Path.of(location), rest.substring(settingsStart)));
    }

    /** The one file H2 keeps the whole database in. */
    public Path dataFile() {
        return name.resolveSibling(name.getFileName() + ".mv.db");
    }

    /** A database in the same directory, named after this one with a suffix, with the same settings. */
    public H2FileDatabase sibling(String suffix) {
        return new H2FileDatabase(name.resolveSibling(name.getFileName() + suffix), settings);
    }

    public String jdbcUrl() {
        return H2_URL + FILE + name + settings;
    }
}
