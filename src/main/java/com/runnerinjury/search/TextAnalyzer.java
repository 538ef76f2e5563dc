package com.runnerinjury.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Turns text into comparable terms and scores how closely two terms match. Case, accents, apostrophes and
 * English plurals are folded away; small typos are forgiven by edit distance, more for longer words.
 */
final class TextAnalyzer {

    /** Words too common to rank by; "it" is not one of them because of IT band syndrome. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "by", "for", "from",
            "in", "is", "my", "of", "on", "or", "the", "to", "with");
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private TextAnalyzer() {
    }

    static List<String> terms(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("['’]", "");
        return Arrays.stream(folded.split("[^a-z0-9]+"))
                .filter(t -> !t.isEmpty() && !STOP_WORDS.contains(t))
                .map(TextAnalyzer::stem)
                .toList();
    }

    /** How well a query term matches a text term: 1 exact, less for a prefix or a near miss, 0 for none. */
    static double match(String queryTerm, String term) {
        if (queryTerm.equals(term)) {
            return 1.0;
        }
        if (queryTerm.length() >= 3 && term.startsWith(queryTerm)) {
            return 0.8;
        }
        int allowed = queryTerm.length() <= 3 ? 0 : queryTerm.length() <= 6 ? 1 : 2;
        if (allowed == 0 || Math.abs(queryTerm.length() - term.length()) > allowed) {
            return 0;
        }
        int distance = TWO_EDITS.apply(queryTerm, term);
        return distance < 0 || distance > allowed ? 0 : 1.0 - 0.2 * distance;
    }

    private static String stem(String term) {
        if (term.length() > 4 && term.endsWith("ies")) {
            return term.substring(0, term.length() - 3) + "y";
        }
        if (term.length() > 4 && (term.endsWith("ches") || term.endsWith("shes") || term.endsWith("xes")
                || term.endsWith("sses"))) {
            return term.substring(0, term.length() - 2);
        }
        if (term.length() > 3 && term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("us")
                && !term.endsWith("is")) {
            return term.substring(0, term.length() - 1);
        }
        return term;
    }
}
