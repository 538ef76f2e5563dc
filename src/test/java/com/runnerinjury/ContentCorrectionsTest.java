package com.runnerinjury;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Holds the content to the clinical corrections of issue 7, read through the public API. */
@QuarkusTest
class ContentCorrectionsTest {

    private static final String LINKS_FILE = "/condition-symptom-links.tsv";

    private static final String CONSUMER = "acupuncture-in-running";

    private static final String PRACTITIONER = "how-acupuncture-helps-runners";

    private static final Set<String> INFLAMMATION_SIGNS = Set.of("joint-swelling", "joint-redness", "joint-heat");

    private static final String UNIDENTIFIED_STUDY = "The source does not identify the study or research it refers to, and it was not checked here.";

    private static final String NOT_AS_STRONG = "isn't as strong";

    private static final Pattern TRADITIONAL_CONCEPT = Pattern.compile("\\b(meridians?|qi|stagnation)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final int PAGE_SIZE = 100;

    // ---------------------------------------------------------------------------------------------
    // Condition-symptom links
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyConditionSymptomLinkIsInTheSourcedListAndEveryListedLinkIsServed() throws IOException {
        Map<String, String> allowed = allowedLinks();
        Set<String> served = new TreeSet<>();
        for (Map<String, Object> condition : listAll("/api/v1/conditions", Map.of())) {
            String slug = (String) condition.get("slug");
            for (String symptom : get("/api/v1/conditions/" + slug).<String>getList("symptoms.slug")) {
                served.add(slug + "\t" + symptom);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String link : served) {
            if (!allowed.containsKey(link)) {
                problems.add("served but not in " + LINKS_FILE + " (no article gives this symptom for the "
                        + "condition, or the list lacks its source note): " + link.replace('\t', ' '));
            }
        }
        for (String link : allowed.keySet()) {
            if (!served.contains(link)) {
                problems.add("listed in " + LINKS_FILE + " but not served: " + link.replace('\t', ' '));
            }
        }
        assertNoProblems("Condition-symptom links that disagree with " + LINKS_FILE, problems);
    }

    @Test
    void runnersKneeIsNotLinkedToSwellingRednessOrHeat() {
        List<String> symptoms = get("/api/v1/conditions/runners-knee").getList("symptoms.slug");
        List<String> problems = new ArrayList<>();
        for (String sign : new TreeSet<>(INFLAMMATION_SIGNS)) {
            if (symptoms.contains(sign)) {
                problems.add("runners-knee lists " + sign);
            }
            List<String> conditions = get("/api/v1/symptoms/" + sign).getList("conditions.slug");
            if (conditions.contains("runners-knee")) {
                problems.add("symptom " + sign + " lists runners-knee");
            }
        }
        assertNoProblems("Runner's knee linked to general signs of inflammation", problems);
    }

    @Test
    void aSwollenRedHotJointDoesNotRankRunnersKneeFirst() {
        JsonPath matches = given().queryParam("symptom", "joint-swelling", "joint-redness", "joint-heat")
                .when().get("/api/v1/condition-matches").then().statusCode(200).extract().jsonPath();
        List<String> ranked = matches.getList("items.condition.slug");
        assertFalse(!ranked.isEmpty() && ranked.get(0).equals("runners-knee"),
                () -> "a swollen, red, hot joint ranks runners-knee first: " + ranked);
        assertFalse(ranked.contains("runners-knee"),
                () -> "a swollen, red, hot joint matches runners-knee at all: " + matches.getList("items"));
    }

    // ---------------------------------------------------------------------------------------------
    // Wording of single claims and modalities
    // ---------------------------------------------------------------------------------------------

    @Test
    void chronicPainStudySaysFiftyPercentInStatementAndFinding() {
        JsonPath claim = get("/api/v1/claims/acupuncture-chronic-pain-2012-study");
        for (String field : List.of("statement", "finding")) {
            String text = claim.getString(field);
            assertNotNull(text, field + " is null");
            assertTrue(text.contains("50 percent"), () -> field + " does not say \"50 percent\": " + text);
            String lower = text.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("half") || lower.contains("roughly"),
                    () -> field + " rounds the article's 50 percent: " + text);
        }
    }

    @Test
    void acupunctureMinutesAreDescribedAsAboutHowLongTheNeedlesStayIn() {
        JsonPath acupuncture = get("/api/v1/modalities/acupuncture");
        assertEquals(20, acupuncture.getInt("typicalSessionMinutes.min"));
        assertEquals(30, acupuncture.getInt("typicalSessionMinutes.max"));
        List<String> steps = acupuncture.getList("whatToExpect");
        assertTrue(steps.stream().anyMatch(s -> s.contains("needles") && s.contains("about 20-30 minutes")),
                () -> "no step says the needles stay in for about 20-30 minutes: " + steps);
        assertTrue(steps.stream().noneMatch(s -> s.contains("roughly")), () -> "a step says roughly: " + steps);

        JsonPath spec = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        for (String schema : List.of("ModalityDetail", "ModalitySummary")) {
            String description = spec.getString("components.schemas." + schema
                    + ".properties.typicalSessionMinutes.description");
            assertNotNull(description, schema + ".typicalSessionMinutes has no description");
            assertTrue(description.contains("needles stay in") && description.contains("about")
                    && description.contains("not the length of a whole session"),
                    () -> schema + ".typicalSessionMinutes does not say it is about how long the needles stay in, "
                            + "not a session: " + description);
        }
        String minutes = spec.getString("components.schemas.SessionMinutes.description");
        assertTrue(minutes != null && minutes.contains("needles stay in") && minutes.contains("about"),
                () -> "SessionMinutes does not say it is about how long the needles stay in: " + minutes);
    }

    @Test
    void cuppingMarksArePainlessButLastOneToTwoWeeks() {
        JsonPath cupping = get("/api/v1/modalities/cupping");
        for (String field : List.of("whatToExpect", "safetyNotes")) {
            List<String> texts = cupping.getList(field);
            assertTrue(texts.stream().anyMatch(t -> t.contains("painless") && t.contains("last 1-2 weeks")),
                    () -> field + " does not say the cup marks are painless but last 1-2 weeks: " + texts);
            for (String softened : List.of("can last", "can remain", "may last", "bruise-like", "do not hurt")) {
                assertTrue(texts.stream().noneMatch(t -> t.contains(softened)),
                        () -> field + " softens the cup marks with \"" + softened + "\": " + texts);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Citations and evidence levels
    // ---------------------------------------------------------------------------------------------

    @Test
    void achillesInflammationCitesOnlyThePractitionerArticle() {
        assertEquals(List.of(PRACTITIONER),
                get("/api/v1/claims/acupuncture-achilles-inflammation").getList("sources.id"),
                "sources of acupuncture-achilles-inflammation");
    }

    @Test
    void splitClaimsCarryTheLevelOfWhatTheirOwnSourceSays() {
        Map<String, Expected> expected = Map.of(
                "acupuncture-muscle-balance", new Expected("study-reported", PRACTITIONER),
                "acupuncture-muscle-balance-injury-risk", new Expected("practitioner-opinion", PRACTITIONER),
                "acupuncture-muscle-rebalancing", new Expected("practitioner-opinion", CONSUMER),
                "acupuncture-plantar-fasciitis-effective", new Expected("study-reported", PRACTITIONER),
                "acupuncture-plantar-fasciitis-treatment", new Expected("practitioner-opinion", CONSUMER));
        List<String> problems = new ArrayList<>();
        new TreeSet<>(expected.keySet()).forEach(id -> {
            Response response = given().when().get("/api/v1/claims/{id}", id);
            if (response.statusCode() != 200) {
                problems.add(id + " answers " + response.statusCode());
                return;
            }
            JsonPath claim = response.jsonPath();
            Expected want = expected.get(id);
            if (!want.level().equals(claim.getString("evidenceLevel"))) {
                problems.add(id + " is " + claim.getString("evidenceLevel") + ", expected " + want.level());
            }
            if (!List.of(want.source()).equals(claim.getList("sources.id"))) {
                problems.add(id + " cites " + claim.getList("sources.id") + ", expected [" + want.source() + "]");
            }
        });
        String balance = get("/api/v1/claims/acupuncture-muscle-balance").getString("statement");
        if (balance.toLowerCase(Locale.ROOT).matches(".*(injur|consumer|rebalanc).*")) {
            problems.add("acupuncture-muscle-balance still states more than the study sentence: " + balance);
        }
        assertNoProblems("Split claims with the wrong level or sources", problems);
    }

    @Test
    void noStudyReportedClaimCitesTheConsumerArticleWhichMentionsNoResearch() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> claim : listAll("/api/v1/claims", Map.of("evidenceLevel", "study-reported"))) {
            if (sourceIds(claim).contains(CONSUMER)) {
                problems.add(claim.get("id") + " cites " + sourceIds(claim));
            }
        }
        assertNoProblems("study-reported claims citing the consumer article", problems);
    }

    @Test
    void everyPerformanceClaimCarriesTheConsumerArticlesNotAsStrongCaveat() {
        String consumerTitle = get("/api/v1/sources/" + CONSUMER).getString("title");
        List<Map<String, Object>> claims = listAll("/api/v1/claims", Map.of("outcome", "performance"));
        Set<String> ids = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> claim : claims) {
            ids.add((String) claim.get("id"));
            boolean hedged = caveats(claim).stream()
                    .anyMatch(c -> c.contains(NOT_AS_STRONG) && c.contains("consumer article")
                            && c.contains(consumerTitle));
            if (!hedged) {
                problems.add(claim.get("id") + " lacks the consumer article's \"" + NOT_AS_STRONG + "\" caveat "
                        + "citing " + consumerTitle + ": " + caveats(claim));
            }
        }
        assertTrue(ids.containsAll(Set.of("acupuncture-stress-hormones-performance", "acupuncture-energy-levels",
                "acupuncture-running-form", "acupuncture-nerve-function")), () -> "performance claims: " + ids);
        assertNoProblems("Performance claims without the consumer article's hedge", problems);
    }

    @Test
    void runnersKneeStudyClaimSaysItMeasuredKneePainInRunnersNotDiagnosedRunnersKnee() {
        List<String> caveats = get("/api/v1/claims/acupuncture-runners-knee-pain-study").getList("caveats");
        assertTrue(caveats.stream().anyMatch(c -> c.contains("knee pain in runners")
                && c.contains("runner's knee as diagnosed")),
                () -> "acupuncture-runners-knee-pain-study does not say the study measured knee pain in runners, "
                        + "not diagnosed runner's knee: " + caveats);
    }

    @Test
    void everyStudyReportedClaimSaysItsSourceDoesNotIdentifyTheStudy() {
        List<Map<String, Object>> claims = listAll("/api/v1/claims", Map.of("evidenceLevel", "study-reported"));
        assertFalse(claims.isEmpty(), "no study-reported claims served");
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> claim : claims) {
            if (!caveats(claim).contains(UNIDENTIFIED_STUDY)) {
                problems.add(claim.get("id") + ": " + caveats(claim));
            }
        }
        assertNoProblems("study-reported claims without the caveat \"" + UNIDENTIFIED_STUDY + "\"", problems);
    }

    @Test
    void specSaysStudyReportedIsNotVerifiedEvidence() {
        String description = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath()
                .getString("components.schemas.EvidenceLevel.description");
        assertTrue(description != null && description.contains("does not identify the study")
                && description.contains("not checked here") && description.contains("not verified evidence"),
                () -> "EvidenceLevel does not say study-reported rests on unidentified, unchecked studies: "
                        + description);
    }

    @Test
    void claimsExplainedThroughMeridiansQiOrStagnationCarryTraditionalTheory() {
        List<String> problems = new ArrayList<>();
        Set<String> hamstring = new TreeSet<>();
        for (Map<String, Object> claim : listAll("/api/v1/claims", Map.of())) {
            String text = claim.get("statement") + " " + claim.get("mechanism");
            if (!TRADITIONAL_CONCEPT.matcher(text).find()) {
                continue;
            }
            Map<?, ?> condition = (Map<?, ?>) claim.get("condition");
            if (condition != null && "hamstring-injury".equals(condition.get("slug"))) {
                hamstring.add((String) claim.get("id"));
            }
            boolean traditional = "traditional-theory".equals(claim.get("evidenceLevel"))
                    || caveats(claim).stream().anyMatch(c -> c.contains("traditional Chinese medicine"));
            if (!traditional) {
                problems.add(claim.get("id") + " (" + claim.get("evidenceLevel") + "): " + caveats(claim));
            }
        }
        assertFalse(hamstring.isEmpty(), "no hamstring claim is explained through meridians any more");
        assertNoProblems("Claims explained through traditional concepts without a traditional-theory level or "
                + "caveat", problems);
    }

    // ---------------------------------------------------------------------------------------------
    // Names
    // ---------------------------------------------------------------------------------------------

    @Test
    void backPainIsNamedAsTheArticlesNameItAndKeepsLowBackPainAsAnAlias() {
        JsonPath condition = get("/api/v1/conditions/low-back-pain");
        assertEquals("Back pain", condition.getString("name"));
        List<String> aliases = condition.getList("aliases");
        assertTrue(aliases.contains("Low back pain"), () -> "aliases lack Low back pain: " + aliases);
        assertFalse(aliases.contains("Back pain"), () -> "the name is repeated as an alias: " + aliases);
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** The evidence level and the one source a split claim should have. */
    private record Expected(String level, String source) {
    }

    /** The allowed links, "condition\tsymptom" to the source note, read from the list this test keeps. */
    private static Map<String, String> allowedLinks() throws IOException {
        Set<String> sources = new TreeSet<>(get("/api/v1/sources").getList("items.id"));
        Map<String, String> links = new HashMap<>();
        try (InputStream in = ContentCorrectionsTest.class.getResourceAsStream(LINKS_FILE)) {
            assertNotNull(in, LINKS_FILE + " not found on the test classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 4 || columns[3].isBlank()) {
                    fail(LINKS_FILE + ": expected condition, symptom, source and a note, tab-separated: " + line);
                }
                if (!sources.contains(columns[2])) {
                    fail(LINKS_FILE + ": unknown source " + columns[2] + " in: " + line);
                }
                if (links.put(columns[0] + "\t" + columns[1], columns[3]) != null) {
                    fail(LINKS_FILE + ": link listed twice: " + line);
                }
            }
        }
        return links;
    }

    private static JsonPath get(String path) {
        Response response = given().when().get(path);
        assertEquals(200, response.statusCode(), () -> "GET " + path + " answers " + response.statusCode());
        return response.jsonPath();
    }

    /** Every item of a list endpoint, following its pages. */
    private static List<Map<String, Object>> listAll(String path, Map<String, ?> filters) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonPath body = given().queryParams(filters).queryParam("page", page).queryParam("size", PAGE_SIZE)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(body.getList("items"));
            if (page >= body.getInt("totalPages")) {
                return items;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> caveats(Map<String, Object> claim) {
        return (List<String>) claim.get("caveats");
    }

    @SuppressWarnings("unchecked")
    private static List<String> sourceIds(Map<String, Object> claim) {
        return ((List<Map<String, Object>>) claim.get("sources")).stream().map(s -> (String) s.get("id")).toList();
    }

    private static void assertNoProblems(String heading, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(heading + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
        }
    }
}
