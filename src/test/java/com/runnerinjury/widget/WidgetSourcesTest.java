package com.runnerinjury.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.EvidenceLevel;
import com.runnerinjury.shared.content.WireValue;
import com.runnerinjury.source.SourceKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The widget files themselves: small, self-contained, and naming every value the API can send. */
class WidgetSourcesTest {

    /** What each file may weigh, gzipped, as browsers download it. */
    private static final int GZIP_BUDGET_BYTES = 15 * 1024;

    private static final Pattern ABSOLUTE_URL = Pattern
            .compile("\\b(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[^\\s\"'`<)]*");
    /** {@code var(--injury-name, #rrggbb)}: a custom property and its default colour. */
    private static final Pattern DEFAULT_COLOUR = Pattern.compile("var\\(--injury-([a-z-]+), (#[0-9a-f]{6})\\)");

    /**
     * Foreground, background and the WCAG 2.2 AA minimum: 4.5 for text (1.4.3), 3 for the boundaries of controls
     * and the focus ring (1.4.11).
     */
    private static final String[][] CONTRAST_PAIRS = {
            {"text", "background", "4.5"}, {"text", "surface", "4.5"}, {"text", "highlight", "4.5"},
            {"muted", "background", "4.5"}, {"muted", "surface", "4.5"}, {"muted", "highlight", "4.5"},
            {"accent", "background", "4.5"}, {"on-accent", "accent", "4.5"}, {"error", "background", "4.5"},
            {"badge-study-text", "badge-study-background", "4.5"},
            {"badge-practitioner-text", "badge-practitioner-background", "4.5"},
            {"badge-traditional-text", "badge-traditional-background", "4.5"},
            {"badge-weak-text", "badge-weak-background", "4.5"},
            {"border", "background", "3"}, {"accent", "highlight", "3"}};

    private static final Pattern KEY = Pattern.compile("(?m)^ {2}'?([a-z-]+)'?:");

    @Test
    void everyFileStaysUnderItsGzipBudget() {
        List<Path> files = WidgetSources.files().toList();
        assertTrue(files.size() > 1, "widget files found");
        for (Path file : files) {
            int raw = (int) size(file);
            int gzipped = gzip(file);
            System.out.printf("widget size: %-20s %6d bytes, %5d bytes gzipped%n", file.getFileName(), raw, gzipped);
            assertTrue(gzipped < GZIP_BUDGET_BYTES, file + " is " + gzipped + " bytes gzipped");
        }
    }

    @Test
    void nothingIsFetchedFromAnyoneElse() {
        WidgetSources.files().forEach(file -> {
            Matcher url = ABSOLUTE_URL.matcher(WidgetSources.read(file.getFileName().toString()));
            while (url.find()) {
                // The snippets' placeholder domain (RFC 2606), which the demo page replaces with this service.
                assertTrue(
                        url.group().startsWith("https://api.example/")
                                || url.group().equals("http://www.w3.org/2000/svg"),
                        file + " names " + url.group());
            }
        });
    }

    @Test
    void labelsNameEveryValueTheApiSends() {
        String labels = WidgetSources.read("labels.js");
        assertEquals(wireValues(EvidenceLevel.values()), keys(labels, "EVIDENCE_LEVELS"));
        assertEquals(wireValues(BodyRegion.values()), keys(labels, "BODY_REGIONS"));
        assertEquals(wireValues(SourceKind.values()), keys(labels, "SOURCE_KINDS"));
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(4.54, Contrast.ratio("#ffffff", "#767676"), 0.005);
    }

    @Test
    void defaultColoursMeetWcagAaContrast() {
        Map<String, String> colour = new HashMap<>();
        DEFAULT_COLOUR.matcher(WidgetSources.read("style.js")).results()
                .forEach(match -> colour.put(match.group(1), match.group(2)));
        for (String[] pair : CONTRAST_PAIRS) {
            double ratio = Contrast.ratio(colour.get(pair[0]), colour.get(pair[1]));
            double minimum = Double.parseDouble(pair[2]);
            System.out.printf("widget contrast: %-27s on %-22s %s on %s %5.2f:1 (needs %s)%n", pair[0], pair[1],
                    colour.get(pair[0]), colour.get(pair[1]), ratio, pair[2]);
            assertTrue(ratio >= minimum, pair[0] + " on " + pair[1] + " is " + ratio + ":1");
        }
    }

    private static Set<String> wireValues(WireValue[] values) {
        return Arrays.stream(values).map(WireValue::wireValue).collect(Collectors.toSet());
    }

    /** The top-level keys of {@code export const name = { ... };} in a module. */
    private static Set<String> keys(String module, String name) {
        int start = module.indexOf("export const " + name + " = {");
        assertTrue(start >= 0, name + " is declared");
        String table = module.substring(start, module.indexOf("\n};", start));
        return KEY.matcher(table).results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int gzip(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }
}
