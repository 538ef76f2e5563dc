package com.runnerinjury.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unit tests of search scoring and ranking over a fixed set of documents, without a database. */
class SearchServiceTest {

    private static final PageRequest ALL = new PageRequest(1, 100);

    @Test
    void scoresOneForTheExactNameIgnoringCaseAndPlurals() {
        SearchService search = over(condition("plantar-fasciitis", "Plantar fasciitis"),
                condition("shin-splints", "Shin splints"));
        assertEquals(List.of("plantar-fasciitis 1.0"), hits(search, "plantar fasciitis"));
        assertEquals(List.of("plantar-fasciitis 1.0"), hits(search, "PLANTAR Fasciitis"));
        assertEquals(List.of("shin-splints 1.0"), hits(search, "shin splint"));
    }

    @Test
    void scoresOtherHitsAtMostPointNineEvenWhenEveryNameWordMatches() {
        SearchService search = over(condition("plantar-fasciitis", "Plantar fasciitis"));
        assertEquals(List.of("plantar-fasciitis 0.9"), hits(search, "fasciitis plantar"));
    }

    @Test
    void scalesANameMatchByHowMuchOfTheNameTheQueryCovers() {
        // Patellar tendinitis: every query term matches its name at 1.0, but the query covers half the name
        SearchService search = over(condition("patellar-tendinitis", "Patellar tendinitis"),
                condition("tendinitis", "Tendinitis"));
        assertEquals(List.of("tendinitis 1.0", "patellar-tendinitis 0.81"), hits(search, "tendinitis"));
    }

    @Test
    void scoresATypoByItsEditDistance() {
        SearchService search = over(condition("plantar-fasciitis", "Plantar fasciitis"),
                modality("cupping", "Cupping"));
        // fascitis -> fasciitis is one edit (0.8); the mean over both terms is 0.9
        assertEquals(List.of("plantar-fasciitis 0.81"), hits(search, "plantar fascitis"));
        assertEquals(List.of("cupping 0.72"), hits(search, "cuping"));
    }

    @Test
    void weighsAMatchByTheFieldItIsFoundIn() {
        SearchDocument hamstring = document(SearchType.CONDITION, "hamstring-injury", "Hamstring injury",
                field(0.9, "Strained hamstring"));
        SearchDocument heel = document(SearchType.SYMPTOM, "heel-pain", "Heel pain",
                field(0.5, "The complaint of plantar fasciitis."));
        SearchService search = over(hamstring, heel);
        // no name word is covered: 0.9 ceiling x field weight x 0.8
        assertEquals(List.of("hamstring-injury 0.648"), hits(search, "strained"));
        assertEquals(List.of("heel-pain 0.36"), hits(search, "plantar"));
    }

    @Test
    void roundsScoresToThreeDecimals() {
        SearchDocument cupping = document(SearchType.MODALITY, "cupping", "Cupping",
                field(0.4, "Suction cups on the skin."));
        // 0.9 x (0.4 x 0.8 for the prefix "suct") x 0.8 = 0.2304
        assertEquals(List.of("cupping 0.23"), hits(over(cupping), "suct"));
    }

    @Test
    void needsAtLeastHalfTheQueryTermsToMatch() {
        SearchService search = over(symptom("knee-pain", "Knee pain"));
        assertEquals(List.of("knee-pain 0.405"), hits(search, "knee elbow"));
        assertEquals(List.of(), hits(search, "knee elbow wrist"));
        assertEquals(List.of(), hits(search, "elbow"));
    }

    @Test
    void ranksByScoreThenTypeThenName() {
        SearchService search = over(modality("knee-pain-m", "Knee pain"), symptom("knee-pain-s", "Knee pain"),
                symptom("knee-ache", "Knee ache"), symptom("dull-knee", "Dull knee"),
                condition("knee-pain-c", "Knee pain"));
        assertEquals(List.of("knee-pain-c 1.0", "knee-pain-s 1.0", "knee-pain-m 1.0", "dull-knee 0.405",
                "knee-ache 0.405"), hits(search, "knee pain"));
        assertEquals(List.of("knee-pain-c 0.81", "dull-knee 0.81", "knee-ache 0.81", "knee-pain-s 0.81",
                "knee-pain-m 0.81"), hits(search, "knee"));
    }

    @Test
    void keepsOnlyHitsOfTheRequestedTypes() {
        SearchService search = over(condition("runners-knee", "Runner's knee"), symptom("knee-pain", "Knee pain"),
                modality("knee-taping", "Knee taping"));
        assertEquals(List.of("knee-pain 0.81"), hits(search, "knee", Set.of(SearchType.SYMPTOM)));
        assertEquals(List.of("runners-knee 0.81", "knee-taping 0.81"),
                hits(search, "knee", Set.of(SearchType.CONDITION, SearchType.MODALITY)));
        assertEquals(Set.of("runners-knee"), search.matchingSlugs("knee"));
    }

    @Test
    void pagesTheRankedHits() {
        SearchService search = over(condition("tendinitis", "Tendinitis"),
                condition("patellar-tendinitis", "Patellar tendinitis"), symptom("irritated-tendon", "Tendinitis"));
        Page<SearchHit> page = search.search("tendinitis", Set.of(), new PageRequest(2, 2));
        assertEquals(List.of("patellar-tendinitis"), page.items().stream().map(SearchHit::slug).toList());
        assertEquals(3, page.totalItems());
        assertEquals(2, page.totalPages());
    }

    @Test
    void findsNothingWithoutWordsToSearchFor() {
        SearchService search = over(condition("the-condition", "The condition"));
        assertEquals(List.of(), hits(search, "of the"));
        assertEquals(List.of(), hits(search, " - "));
    }

    @Test
    void keepsAShortTextWholeAsTheSnippet() {
        String text = "x".repeat(160);
        SearchDocument doc = new SearchDocument(SearchType.SYMPTOM, "knee-pain", "Knee pain", text,
                List.of(field(1.0, "Knee pain")));
        assertEquals(text, over(doc).search("knee pain", Set.of(), ALL).items().get(0).snippet());
    }

    @Test
    void cutsALongTextAtTheLastWordThatFitsAndMarksTheCut() {
        String text = "a".repeat(150) + " " + "b".repeat(20);
        SearchDocument doc = new SearchDocument(SearchType.SYMPTOM, "knee-pain", "Knee pain", text,
                List.of(field(1.0, "Knee pain")));
        assertEquals("a".repeat(150) + "…", over(doc).search("knee pain", Set.of(), ALL).items().get(0).snippet());
    }

    @Test
    void cutsALongTextWithoutSpacesAtOneHundredFiftyNineCharacters() {
        SearchDocument doc = new SearchDocument(SearchType.SYMPTOM, "knee-pain", "Knee pain", "x".repeat(200),
                List.of(field(1.0, "Knee pain")));
        assertEquals("x".repeat(159) + "…", over(doc).search("knee pain", Set.of(), ALL).items().get(0).snippet());
    }

    private static List<String> hits(SearchService search, String query) {
        return hits(search, query, Set.of());
    }

    private static List<String> hits(SearchService search, String query, Set<SearchType> types) {
        return search.search(query, types, ALL).items().stream().map(h -> h.slug() + " " + h.score()).toList();
    }

    /** A search service over exactly these documents, instead of the published content. */
    private static SearchService over(SearchDocument... documents) {
        List<SearchDocument> fixed = List.of(documents);
        SearchIndex index = new SearchIndex(null, null, null, () -> Duration.ofMinutes(1)) {

            @Override
            public synchronized List<SearchDocument> documents() {
                return fixed;
            }
        };
        return new SearchService(index);
    }

    private static SearchDocument condition(String slug, String name) {
        return document(SearchType.CONDITION, slug, name);
    }

    private static SearchDocument symptom(String slug, String name) {
        return document(SearchType.SYMPTOM, slug, name);
    }

    private static SearchDocument modality(String slug, String name) {
        return document(SearchType.MODALITY, slug, name);
    }

    /** A document whose first field is its name, weighing 1, as the index builds them. */
    private static SearchDocument document(SearchType type, String slug, String name, SearchDocument.Field... more) {
        List<SearchDocument.Field> fields = new ArrayList<>();
        fields.add(field(1.0, name));
        fields.addAll(List.of(more));
        return new SearchDocument(type, slug, name, name + ".", fields);
    }

    private static SearchDocument.Field field(double weight, String text) {
        return new SearchDocument.Field(weight, TextAnalyzer.terms(text));
    }
}
