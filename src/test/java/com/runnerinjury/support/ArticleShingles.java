package com.runnerinjury.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hashed {@value #RUN_LENGTH}-word shingles of the source articles, so that {@code ContentWordingTest} can tell
 * whether the seeded content copies an article without the articles, or any of their sentences, being in the
 * repository. The articles themselves sit outside it, in {@code ../shared/source-articles}.
 * <p>
 * The resource {@code src/test/resources/source-article-shingles.txt} holds one line per distinct run of
 * {@value #RUN_LENGTH} consecutive words of each article: the article's id (its file name without {@code .txt}),
 * a space, and the first {@value #HASH_HEX_DIGITS} hex digits of the SHA-256 of the run's {@linkplain #words
 * normalised words} joined by single spaces. The lines are sorted, so a regeneration diffs cleanly. 64 bits of
 * hash make a chance match between our few thousand runs and the articles' few thousand vanishingly unlikely.
 * <p>
 * Regenerate the resource whenever an article changes, from the project root with the articles beside it:
 *
 * <pre>
 * java src/test/java/com/runnerinjury/support/ArticleShingles.java
 * </pre>
 *
 * (Java's single-file launcher compiles and runs this class; it uses nothing but the JDK.) Optional arguments name
 * another articles folder and output file. {@code ContentWordingTest} fails when the resource is stale whenever the
 * articles are beside the project, as they are in CI, and the test and this generator share this class's
 * normalisation and hashing.
 */
public final class ArticleShingles {

    /** How many consecutive words a shingle has: sharing this many words with an article is copying. */
    public static final int RUN_LENGTH = 8;

    /** Where the source articles are, as {@code *.txt}, relative to the project root. */
    public static final Path ARTICLES = Path.of("..", "shared", "source-articles");

    /** The committed shingles, relative to the project root. */
    public static final Path RESOURCE = Path.of("src", "test", "resources", "source-article-shingles.txt");

    /** The command that regenerates {@link #RESOURCE}, run from the project root. */
    public static final String COMMAND = "java src/test/java/com/runnerinjury/support/ArticleShingles.java";

    static final int HASH_HEX_DIGITS = 16;

    private ArticleShingles() {
    }

    /** Writes the shingles of the articles in {@code args[0]} (default {@link #ARTICLES}) to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path articles = args.length > 0 ? Path.of(args[0]) : ARTICLES;
        Path output = args.length > 1 ? Path.of(args[1]) : RESOURCE;
        if (!Files.isDirectory(articles)) {
            System.err.println("No articles folder at " + articles.toAbsolutePath().normalize()
                    + "; run this from the project root with ../shared/source-articles beside it, or name the folder");
            System.exit(1);
        }
        String text = render(articles);
        Files.writeString(output, text, StandardCharsets.UTF_8);
        long lines = text.lines().filter(line -> !line.startsWith("#")).count();
        System.out
                .println("Wrote " + lines + " shingles of " + articleFiles(articles).size() + " articles to " + output);
    }

    // ---------------------------------------------------------------------------------------------
    // The resource
    // ---------------------------------------------------------------------------------------------

    /** The resource's full text for the {@code *.txt} articles in {@code folder}: a header, then sorted lines. */
    public static String render(Path folder) throws IOException {
        List<Path> articles = articleFiles(folder);
        if (articles.isEmpty()) {
            throw new IllegalStateException("No *.txt articles in " + folder.toAbsolutePath().normalize());
        }
        Set<String> lines = new TreeSet<>();
        for (Path article : articles) {
            String id = articleId(article);
            for (String hash : hashes(words(Files.readString(article, StandardCharsets.UTF_8)))) {
                lines.add(id + " " + hash);
            }
        }
        StringBuilder text = new StringBuilder()
                .append("# Hashed ").append(RUN_LENGTH).append("-word shingles of the source articles: article id, ")
                .append("then the first ").append(HASH_HEX_DIGITS).append(" hex digits of the SHA-256 of the run.\n")
                .append("# Generated, do not edit; regenerate from the project root with: ").append(COMMAND)
                .append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** The hashes in a resource written by {@link #render}, by article id in id order. */
    public static Map<String, Set<String>> read(Path resource) throws IOException {
        Map<String, Set<String>> byArticle = new TreeMap<>();
        for (String line : Files.readAllLines(resource, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(" ");
            if (fields.length != 2 || fields[1].length() != HASH_HEX_DIGITS) {
                throw new IllegalStateException(resource + ": not '<article id> <hash>': " + line);
            }
            byArticle.computeIfAbsent(fields[0], id -> new TreeSet<>()).add(fields[1]);
        }
        return byArticle;
    }

    /** The {@code *.txt} files in {@code folder}, sorted. */
    public static List<Path> articleFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(folder, "*.txt")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** An article's id: its file name without {@code .txt}. */
    public static String articleId(Path article) {
        String name = article.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - ".txt".length()) : name;
    }

    // ---------------------------------------------------------------------------------------------
    // Text
    // ---------------------------------------------------------------------------------------------

    /** Lowercased words, with hyphens and dashes read as spaces and any other punctuation removed. */
    public static List<String> words(String text) {
        String normalised = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\p{Pd}", " ")
                .replaceAll("[\\p{P}\\p{S}]", "")
                .strip();
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split("[\\s\\p{Z}]+"));
    }

    /** The hash of every run of {@link #RUN_LENGTH} consecutive words, in order of the runs' first appearance. */
    public static Set<String> hashes(List<String> words) {
        Set<String> hashes = new LinkedHashSet<>();
        for (int start = 0; start + RUN_LENGTH <= words.size(); start++) {
            hashes.add(hash(words.subList(start, start + RUN_LENGTH)));
        }
        return hashes;
    }

    /** The first {@value #HASH_HEX_DIGITS} hex digits of the SHA-256 of the words joined by single spaces. */
    public static String hash(List<String> run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", run).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_HEX_DIGITS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
