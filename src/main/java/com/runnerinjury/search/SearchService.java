package com.runnerinjury.search;

import com.runnerinjury.condition.ConditionTextSearch;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks conditions, symptoms and modalities against free text. Only an exact name match scores 1. Any other hit
 * scores the mean, over the query's terms, of each term's best weighted match in the item, scaled below 1 and
 * by how much of the item's name the query covers, so "tendinitis" ranks Tendinitis above Patellar tendinitis.
 * At least half the query's terms must match somewhere.
 */
@ApplicationScoped
public class SearchService implements ConditionTextSearch {

    private static final int SNIPPET_LENGTH = 160;
    private static final double NON_EXACT_CEILING = 0.9;

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    public Page<SearchHit> search(String query, Set<SearchType> types, PageRequest page) {
        return Page.slice(rank(query, types), page);
    }

    @Override
    public Set<String> matchingSlugs(String text) {
        return rank(text, Set.of(SearchType.CONDITION)).stream().map(SearchHit::slug).collect(Collectors.toSet());
    }

    private List<SearchHit> rank(String query, Set<SearchType> types) {
        List<String> terms = TextAnalyzer.terms(query);
        return index.documents().stream()
                .filter(d -> types.isEmpty() || types.contains(d.type()))
                .map(d -> score(d, terms))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed()
                        .thenComparing(SearchHit::type)
                        .thenComparing(SearchHit::name))
                .toList();
    }

    private static SearchHit score(SearchDocument document, List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        double total = 0;
        int matched = 0;
        for (String term : terms) {
            double best = bestMatch(document, term);
            total += best;
            matched += best > 0 ? 1 : 0;
        }
        if (matched * 2 < terms.size() || matched == 0) {
            return null;
        }
        List<String> nameTerms = document.fields().get(0).terms();
        double score = nameTerms.equals(terms)
                ? 1.0
                : NON_EXACT_CEILING * (total / terms.size()) * (0.8 + 0.2 * coverage(nameTerms, terms));
        return new SearchHit(document.type(), document.slug(), document.name(), snippet(document.snippet()),
                Math.round(score * 1000) / 1000.0);
    }

    /** Share of the name's terms that some query term matches. */
    private static double coverage(List<String> nameTerms, List<String> queryTerms) {
        if (nameTerms.isEmpty()) {
            return 0;
        }
        long covered = nameTerms.stream()
                .filter(n -> queryTerms.stream().anyMatch(q -> TextAnalyzer.match(q, n) > 0))
                .count();
        return (double) covered / nameTerms.size();
    }

    private static double bestMatch(SearchDocument document, String term) {
        double best = 0;
        for (SearchDocument.Field field : document.fields()) {
            for (String candidate : field.terms()) {
                best = Math.max(best, field.weight() * TextAnalyzer.match(term, candidate));
            }
        }
        return best;
    }

    private static String snippet(String text) {
        if (text.length() <= SNIPPET_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : SNIPPET_LENGTH - 1) + "…";
    }
}
