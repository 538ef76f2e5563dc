package com.runnerinjury;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards that the seeded content is written in the project's own words: no string literal in a Flyway migration
 * may share a run of {@value #RUN_LENGTH} or more consecutive words with either source article. Words are
 * compared lowercased, with hyphens and dashes read as spaces and all other punctuation removed.
 */
class ContentWordingTest {

    private static final Path ARTICLES = Path.of("..", "shared", "source-articles");

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    private static final int RUN_LENGTH = 8;

    @Test
    void noMigrationLiteralCopiesEightWordsFromASourceArticle() throws IOException {
        Map<String, Set<String>> articleRuns = new LinkedHashMap<>();
        for (Path article : articles()) {
            articleRuns.put(article.getFileName().toString(), runs(words(Files.readString(article))));
        }
        List<String> problems = new ArrayList<>();
        for (Path migration : migrations()) {
            for (String literal : stringLiterals(migration)) {
                List<String> words = words(literal);
                articleRuns.forEach((article, runs) -> {
                    for (String shared : sharedRuns(words, runs)) {
                        problems.add(migration.getFileName() + ": '" + literal + "'\n    shares \"" + shared
                                + "\" with " + article);
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            fail("Migration literals copying " + RUN_LENGTH + " or more consecutive words from a source article ("
                    + problems.size() + "); reword them:\n  " + String.join("\n  ", problems));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Files
    // ---------------------------------------------------------------------------------------------

    private static List<Path> articles() throws IOException {
        assertTrue(Files.isDirectory(ARTICLES), () -> "Source articles folder not found: expected "
                + ARTICLES.toAbsolutePath().normalize() + " (../shared/source-articles relative to the project root, "
                + "the tests' working directory) holding the source articles as *.txt");
        List<Path> articles = list(ARTICLES, "*.txt");
        assertTrue(articles.size() >= 2, () -> "Expected both source articles as *.txt in "
                + ARTICLES.toAbsolutePath().normalize() + ", found " + articles);
        return articles;
    }

    private static List<Path> migrations() throws IOException {
        List<Path> migrations = list(MIGRATIONS, "V*.sql");
        assertFalse(migrations.isEmpty(), () -> "No V*.sql migrations found in " + MIGRATIONS.toAbsolutePath());
        return migrations;
    }

    private static List<Path> list(Path folder, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    // ---------------------------------------------------------------------------------------------
    // Text
    // ---------------------------------------------------------------------------------------------

    /**
     * The text of every single-quoted string literal in a SQL script, with {@code ''} read as one quote.
     * Comments and double-quoted identifiers are skipped, so an apostrophe in them does not open a literal.
     */
    private static List<String> stringLiterals(Path script) throws IOException {
        String sql = Files.readString(script);
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (sql.charAt(i) == '"') {
                int end = sql.indexOf('"', i + 1);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.charAt(i) == '\'') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= sql.length()) {
                        fail(script.getFileName() + ": unterminated string literal starting at offset " + i);
                    }
                    if (sql.charAt(j) == '\'') {
                        if (j + 1 < sql.length() && sql.charAt(j + 1) == '\'') {
                            literal.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(sql.charAt(j++));
                }
                literals.add(literal.toString());
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Lowercased words, with hyphens and dashes read as spaces and any other punctuation removed. */
    private static List<String> words(String text) {
        String normalised = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\p{Pd}", " ")
                .replaceAll("[\\p{P}\\p{S}]", "")
                .strip();
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split("[\\s\\p{Z}]+"));
    }

    /** Every run of {@link #RUN_LENGTH} consecutive words, each joined by single spaces. */
    private static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int start = 0; start + RUN_LENGTH <= words.size(); start++) {
            runs.add(String.join(" ", words.subList(start, start + RUN_LENGTH)));
        }
        return runs;
    }

    /**
     * The longest stretches of {@code words} that the article shares: overlapping runs of {@link #RUN_LENGTH}
     * words found in the article are merged, so one copied sentence is reported once.
     */
    private static List<String> sharedRuns(List<String> words, Set<String> articleRuns) {
        List<String> shared = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int start = 0; start + RUN_LENGTH <= words.size(); start++) {
            if (!articleRuns.contains(String.join(" ", words.subList(start, start + RUN_LENGTH)))) {
                continue;
            }
            if (from >= 0 && start > to - RUN_LENGTH + 1) {
                shared.add(String.join(" ", words.subList(from, to)));
                from = -1;
            }
            if (from < 0) {
                from = start;
            }
            to = start + RUN_LENGTH;
        }
        if (from >= 0) {
            shared.add(String.join(" ", words.subList(from, to)));
        }
        return shared;
    }
}
