package com.runnerinjury;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Walks all published content through the public API (every page of every list, and the details) and checks
 * that it is complete and consistent: the expected conditions and modalities, sourced and hedged claims, sources
 * whose claim counts add up, symptoms linked both ways, and a disclaimer on every detail.
 */
@QuarkusTest
class ContentIntegrityTest {

    private static final Set<String> CONDITIONS = Set.of("runners-knee", "patellar-tendinitis", "it-band-syndrome",
            "hamstring-injury", "achilles-tendinopathy", "plantar-fasciitis", "shin-splints", "low-back-pain",
            "muscle-soreness", "tendinitis");

    private static final Set<String> MODALITIES = Set.of("acupuncture", "electroacupuncture", "cupping", "gua-sha",
            "tui-na", "massage", "physical-therapy", "stretching-and-exercise");

    private static final Set<String> SOURCES = Set.of("acupuncture-in-running", "how-acupuncture-helps-runners");

    /** Signs the practitioner article gives for inflammation after any injury, not for a condition of its own. */
    private static final Set<String> GENERAL_SIGNS = Set.of("joint-swelling", "joint-redness", "joint-heat");

    private static final int MIN_CLAIMS = 30;

    private static final int PAGE_SIZE = 100;

    // ---------------------------------------------------------------------------------------------
    // Conditions and modalities
    // ---------------------------------------------------------------------------------------------

    @Test
    void conditionSlugsAreExactlyTheExpectedOnes() {
        assertExactly("condition slugs", CONDITIONS, slugs(listAll("/api/v1/conditions")));
    }

    @Test
    void modalitySlugsAreExactlyTheExpectedOnes() {
        assertExactly("modality slugs", MODALITIES, slugs(listAll("/api/v1/modalities")));
    }

    @Test
    void everyConditionHasSymptomsAndClaims() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> condition : conditionDetails()) {
            if (list(condition, "symptoms").isEmpty()) {
                problems.add("condition " + slug(condition) + " lists no symptoms");
            }
            if (list(condition, "claims").isEmpty()) {
                problems.add("condition " + slug(condition) + " has no claims");
            }
        }
        assertNoProblems("Conditions without symptoms or claims", problems);
    }

    @Test
    void acupunctureAndCuppingDescribeASessionAndItsSafety() {
        List<String> problems = new ArrayList<>();
        for (String slug : List.of("acupuncture", "cupping")) {
            Map<String, Object> modality = detail("/api/v1/modalities/{slug}", slug);
            if (!isListOfText(modality.get("whatToExpect"))) {
                problems.add("modality " + slug + " has no whatToExpect steps: " + modality.get("whatToExpect"));
            }
            if (!isListOfText(modality.get("safetyNotes"))) {
                problems.add("modality " + slug + " has no safetyNotes: " + modality.get("safetyNotes"));
            }
        }
        assertNoProblems("Modalities missing what to expect or safety notes", problems);
    }

    @Test
    void acupunctureGivesATypicalSessionLength() {
        Map<String, Object> acupuncture = detail("/api/v1/modalities/{slug}", "acupuncture");
        Map<String, Object> minutes = object(acupuncture, "typicalSessionMinutes");
        assertTrue(minutes != null && minutes.get("min") != null && minutes.get("max") != null,
                () -> "modality acupuncture lacks typicalSessionMinutes: " + acupuncture.get("typicalSessionMinutes"));
    }

    @Test
    void everyConditionAndModalityDetailCarriesTheDisclaimer() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> condition : conditionDetails()) {
            if (!hasText(condition.get("disclaimer"))) {
                problems.add("condition " + slug(condition) + " has no disclaimer");
            }
        }
        for (Map<String, Object> modality : modalityDetails()) {
            if (!hasText(modality.get("disclaimer"))) {
                problems.add("modality " + slug(modality) + " has no disclaimer");
            }
        }
        assertNoProblems("Details without a disclaimer", problems);
    }

    // ---------------------------------------------------------------------------------------------
    // Claims
    // ---------------------------------------------------------------------------------------------

    @Test
    void thereAreAtLeastThirtyClaims() {
        int claims = listAll("/api/v1/claims").size();
        assertTrue(claims >= MIN_CLAIMS, () -> "Expected at least " + MIN_CLAIMS + " claims, found " + claims);
    }

    @Test
    void everyClaimHasASourceAndACaveat() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> claim : listAll("/api/v1/claims")) {
            if (sourceIds(claim).isEmpty()) {
                problems.add("claim " + id(claim) + " cites no source");
            }
            if (!isListOfText(claim.get("caveats"))) {
                problems.add("claim " + id(claim) + " has no caveat: " + claim.get("caveats"));
            }
        }
        assertNoProblems("Claims without a source or a caveat", problems);
    }

    @Test
    void everyClaimReferencesOnlyKnownModalitiesAndConditions() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> claim : listAll("/api/v1/claims")) {
            String modality = slug(object(claim, "modality"));
            if (modality == null || !MODALITIES.contains(modality)) {
                problems.add("claim " + id(claim) + " is for unknown modality " + modality);
            }
            Map<String, Object> condition = object(claim, "condition");
            if (condition != null && (slug(condition) == null || !CONDITIONS.contains(slug(condition)))) {
                problems.add("claim " + id(claim) + " is about unknown condition " + slug(condition));
            }
        }
        assertNoProblems("Claims referencing modalities or conditions outside the expected lists", problems);
    }

    @Test
    void everySourceCitedByAClaimIsServed() {
        List<String> problems = new ArrayList<>();
        claimIdsBySource().forEach((sourceId, claimIds) -> {
            int status = given().when().get("/api/v1/sources/{id}", sourceId).statusCode();
            if (status != 200) {
                problems.add("source " + sourceId + " is cited by claims " + claimIds
                        + " but GET /api/v1/sources/" + sourceId + " answers " + status);
            }
        });
        assertNoProblems("Claims citing sources the API does not serve", problems);
    }

    // ---------------------------------------------------------------------------------------------
    // Sources
    // ---------------------------------------------------------------------------------------------

    @Test
    void bothSourceArticlesArePresent() {
        Set<String> served = ids(listAll("/api/v1/sources"));
        Set<String> missing = new TreeSet<>(SOURCES);
        missing.removeAll(served);
        assertTrue(missing.isEmpty(), () -> "Missing sources " + missing + "; /api/v1/sources serves " + served);
    }

    @Test
    void everySourceClaimCountMatchesTheClaimsCitingIt() {
        Map<String, Set<String>> citing = claimIdsBySource();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> listed : listAll("/api/v1/sources")) {
            String sourceId = id(listed);
            int expected = citing.getOrDefault(sourceId, Set.of()).size();
            Map<String, Object> detail = detail("/api/v1/sources/{id}", sourceId);
            for (Map<String, Object> served : List.of(listed, detail)) {
                long claimCount = ((Number) served.get("claimCount")).longValue();
                if (claimCount != expected) {
                    problems.add("source " + sourceId + " (" + (served == listed ? "list" : "detail")
                            + ") reports claimCount " + claimCount + " but " + expected
                            + " claims in /api/v1/claims cite it");
                }
            }
        }
        assertNoProblems("Sources whose claimCount disagrees with the claims", problems);
    }

    // ---------------------------------------------------------------------------------------------
    // Symptoms
    // ---------------------------------------------------------------------------------------------

    @Test
    void everySymptomButTheGeneralSignsOfInflammationIsListedByACondition() {
        Set<String> listedByConditions = new HashSet<>();
        for (Map<String, Object> condition : conditionDetails()) {
            listedByConditions.addAll(slugs(refs(condition, "symptoms")));
        }
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> symptom : symptomDetails()) {
            boolean general = GENERAL_SIGNS.contains(slug(symptom));
            if (!general && !listedByConditions.contains(slug(symptom))) {
                problems.add("symptom " + slug(symptom) + " is listed by no condition");
            }
            if (general && listedByConditions.contains(slug(symptom))) {
                problems.add("symptom " + slug(symptom) + ", a general sign of inflammation, is listed by a "
                        + "condition");
            }
        }
        assertNoProblems("Symptoms no condition lists, or general signs a condition lists", problems);
    }

    @Test
    void symptomsAndConditionsListEachOther() {
        Set<Link> fromConditions = new HashSet<>();
        for (Map<String, Object> condition : conditionDetails()) {
            for (Map<String, Object> symptom : refs(condition, "symptoms")) {
                fromConditions.add(new Link(slug(condition), slug(symptom)));
            }
        }
        Set<Link> fromSymptoms = new HashSet<>();
        for (Map<String, Object> symptom : symptomDetails()) {
            for (Map<String, Object> condition : refs(symptom, "conditions")) {
                fromSymptoms.add(new Link(slug(condition), slug(symptom)));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Link link : fromConditions) {
            if (!fromSymptoms.contains(link)) {
                problems.add("condition " + link.condition() + " lists symptom " + link.symptom()
                        + ", but that symptom's conditions[] does not list the condition");
            }
        }
        for (Link link : fromSymptoms) {
            if (!fromConditions.contains(link)) {
                problems.add("symptom " + link.symptom() + " lists condition " + link.condition()
                        + ", but that condition's symptoms[] does not list the symptom");
            }
        }
        problems.sort(null);
        assertNoProblems("Condition-symptom links that are not symmetric", problems);
    }

    /** A condition-symptom link, as seen from one side. */
    private record Link(String condition, String symptom) {
    }

    // ---------------------------------------------------------------------------------------------
    // Walking the API
    // ---------------------------------------------------------------------------------------------

    /** Every item of a list endpoint, collected by following its pages until the last one. */
    private static List<Map<String, Object>> listAll(String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        long totalItems;
        int totalPages;
        int page = 1;
        do {
            JsonPath body = get(path, Map.of("page", page, "size", PAGE_SIZE));
            List<Map<String, Object>> pageItems = body.getList("items");
            totalItems = body.getLong("totalItems");
            totalPages = body.getInt("totalPages");
            if (pageItems.isEmpty()) {
                break;
            }
            items.addAll(pageItems);
            page++;
        } while (page <= totalPages);
        long reported = totalItems;
        assertEquals(reported, items.size(), () -> "GET " + path + " reports totalItems " + reported
                + " but following its pages of " + PAGE_SIZE + " gave " + items.size() + " items");
        return items;
    }

    private static List<Map<String, Object>> conditionDetails() {
        return details(listAll("/api/v1/conditions"), "/api/v1/conditions/{slug}");
    }

    private static List<Map<String, Object>> modalityDetails() {
        return details(listAll("/api/v1/modalities"), "/api/v1/modalities/{slug}");
    }

    private static List<Map<String, Object>> symptomDetails() {
        return details(listAll("/api/v1/symptoms"), "/api/v1/symptoms/{slug}");
    }

    private static List<Map<String, Object>> details(List<Map<String, Object>> listed, String detailPath) {
        return listed.stream().map(item -> detail(detailPath, slug(item))).toList();
    }

    /** Source id to the ids of the claims (walked via {@code /api/v1/claims}) citing it. */
    private static Map<String, Set<String>> claimIdsBySource() {
        Map<String, Set<String>> citing = new TreeMap<>();
        for (Map<String, Object> claim : listAll("/api/v1/claims")) {
            for (String sourceId : sourceIds(claim)) {
                citing.computeIfAbsent(sourceId, k -> new TreeSet<>()).add(id(claim));
            }
        }
        return citing;
    }

    private static Map<String, Object> detail(String path, String key) {
        Response response = given().when().get(path, key);
        assertEquals(200, response.statusCode(), () -> "GET "
                + path.replaceFirst("\\{\\w+}", Matcher.quoteReplacement(key)) + " answers "
                + response.statusCode() + ": " + response.asString());
        return response.jsonPath().getMap("$");
    }

    private static JsonPath get(String path, Map<String, ?> query) {
        Response response = given().queryParams(query).when().get(path);
        assertEquals(200, response.statusCode(), () -> "GET " + path + " " + query + " answers "
                + response.statusCode() + ": " + response.asString());
        return response.jsonPath();
    }

    // ---------------------------------------------------------------------------------------------
    // Reading items
    // ---------------------------------------------------------------------------------------------

    private static String slug(Map<String, ?> item) {
        return item == null ? null : (String) item.get("slug");
    }

    private static String id(Map<String, ?> item) {
        return (String) item.get("id");
    }

    private static Set<String> slugs(Collection<Map<String, Object>> items) {
        return keys(items, "slug");
    }

    private static Set<String> ids(Collection<Map<String, Object>> items) {
        return keys(items, "id");
    }

    private static Set<String> sourceIds(Map<String, Object> claim) {
        return ids(refs(claim, "sources"));
    }

    /** The keys of the items; a key served twice fails, naming it. */
    private static Set<String> keys(Collection<Map<String, Object>> items, String field) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, Object> item : items) {
            String key = (String) item.get(field);
            assertTrue(key != null, () -> "an item has no " + field + ": " + item);
            assertTrue(keys.add(key), () -> field + " " + key + " is served more than once");
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, ?> item, String field) {
        return (Map<String, Object>) item.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> refs(Map<String, ?> item, String field) {
        return (List<Map<String, Object>>) list(item, field);
    }

    private static List<?> list(Map<String, ?> item, String field) {
        Object value = item.get(field);
        return value == null ? List.of() : (List<?>) value;
    }

    private static boolean hasText(Object value) {
        return value instanceof String text && !text.isBlank();
    }

    /** A non-empty list of non-blank texts. */
    private static boolean isListOfText(Object value) {
        return value instanceof List<?> texts && !texts.isEmpty()
                && texts.stream().allMatch(ContentIntegrityTest::hasText);
    }

    // ---------------------------------------------------------------------------------------------
    // Assertions
    // ---------------------------------------------------------------------------------------------

    private static void assertExactly(String what, Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail("The " + what + " are not the expected ones: missing " + missing + ", unexpected " + unexpected);
        }
    }

    private static void assertNoProblems(String heading, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(heading + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
        }
    }
}
