package com.runnerinjury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.runnerinjury.support.ArticleShingles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards that the seeded content is written in the project's own words: no string literal in a Flyway migration
 * may share a run of {@value ArticleShingles#RUN_LENGTH} or more consecutive words with either source article.
 * Words are compared lowercased, with hyphens and dashes read as spaces and all other punctuation removed.
 * <p>
 * The articles are not in the repository: the test looks the runs of our literals up in their hashed shingles,
 * {@code src/test/resources/source-article-shingles.txt}. When the articles are beside the project (in
 * {@code ../shared/source-articles}, as in CI) it also checks that this file is current. Regenerate it after an
 * article changes, from the project root:
 *
 * <pre>
 * java src/test/java/com/runnerinjury/support/ArticleShingles.java
 * </pre>
 */
class ContentWordingTest {

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    private static final int RUN_LENGTH = ArticleShingles.RUN_LENGTH;

    @Test
    void noMigrationLiteralCopiesEightWordsFromASourceArticle() throws IOException {
        Map<String, Set<String>> articleShingles = ArticleShingles.read(ArticleShingles.RESOURCE);
        assertTrue(articleShingles.size() >= 2, () -> "Expected the shingles of both source articles in "
                + ArticleShingles.RESOURCE + ", found " + articleShingles.keySet());
        List<String> problems = new ArrayList<>();
        for (Path migration : migrations()) {
            for (String literal : stringLiterals(migration)) {
                problems.addAll(copies(migration.getFileName().toString(), literal, articleShingles));
            }
        }
        if (!problems.isEmpty()) {
            fail("Migration literals copying " + RUN_LENGTH + " or more consecutive words from a source article ("
                    + problems.size() + "); reword them:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void aCopiedPhraseIsReportedInOurWordsWithTheArticleItMatches() {
        Map<String, Set<String>> articleShingles = Map.of("made-up-article",
                ArticleShingles.hashes(ArticleShingles.words(
                        "Nothing here is from a real article: the slow green tortoise walks past eleven quiet "
                                + "gardens every single Sunday morning, then rests.")));

        assertEquals(List.of("V99__example.sql: 'Our Tortoise \u2014 walks past eleven quiet gardens, every single "
                + "Sunday!'\n    shares \"tortoise walks past eleven quiet gardens every single sunday\" with "
                + "made-up-article"),
                copies("V99__example.sql",
                        "Our Tortoise \u2014 walks past eleven quiet gardens, every single Sunday!", articleShingles));
        assertEquals(List.of(), copies("V99__example.sql", "See the slow green tortoise walks past eleven times.",
                articleShingles), "seven words in a row are not a copy");
    }

    @Test
    void shingleResourceIsCurrentWhenTheArticlesAreBesideTheProject() throws IOException {
        assumeTrue(Files.isDirectory(ArticleShingles.ARTICLES), () -> "No source articles at "
                + ArticleShingles.ARTICLES.toAbsolutePath().normalize()
                + "; the committed shingles are used as they are");
        String expected = ArticleShingles.render(ArticleShingles.ARTICLES);
        String actual = Files.readString(ArticleShingles.RESOURCE);
        if (!expected.equals(actual)) {
            Set<String> missing = new LinkedHashSet<>(expected.lines().toList());
            actual.lines().toList().forEach(missing::remove);
            Set<String> stale = new LinkedHashSet<>(actual.lines().toList());
            expected.lines().toList().forEach(stale::remove);
            fail(ArticleShingles.RESOURCE + " does not match the articles in "
                    + ArticleShingles.ARTICLES.toAbsolutePath().normalize() + " (lines missing: " + missing.size()
                    + ", lines not in the articles: " + stale.size() + "); regenerate it from the "
                    + "project root with:\n  " + ArticleShingles.COMMAND);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Matching
    // ---------------------------------------------------------------------------------------------

    /**
     * One problem per stretch of the literal that an article shares, naming the migration, the literal, our words
     * and the article. Overlapping shared runs of {@link #RUN_LENGTH} words are merged, so one copied sentence is
     * reported once.
     */
    private static List<String> copies(String migration, String literal, Map<String, Set<String>> articleShingles) {
        List<String> words = ArticleShingles.words(literal);
        List<String> problems = new ArrayList<>();
        articleShingles.forEach((article, hashes) -> {
            for (String shared : sharedRuns(words, hashes)) {
                problems.add(migration + ": '" + literal + "'\n    shares \"" + shared + "\" with " + article);
            }
        });
        return problems;
    }

    /** The longest stretches of {@code words} whose runs of {@link #RUN_LENGTH} words are all in the article. */
    private static List<String> sharedRuns(List<String> words, Set<String> articleHashes) {
        List<String> shared = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int start = 0; start + RUN_LENGTH <= words.size(); start++) {
            if (!articleHashes.contains(ArticleShingles.hash(words.subList(start, start + RUN_LENGTH)))) {
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

    // ---------------------------------------------------------------------------------------------
    // Migrations
    // ---------------------------------------------------------------------------------------------

    private static List<Path> migrations() throws IOException {
        List<Path> migrations = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(MIGRATIONS, "V*.sql")) {
            stream.forEach(migrations::add);
        }
        migrations.sort(null);
        assertFalse(migrations.isEmpty(), () -> "No V*.sql migrations found in " + MIGRATIONS.toAbsolutePath());
        return migrations;
    }

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
}
