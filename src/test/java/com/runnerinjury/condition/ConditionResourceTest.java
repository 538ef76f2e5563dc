package com.runnerinjury.condition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.runnerinjury.support.LinkHeader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class ConditionResourceTest {

    private static final String CONDITIONS = "/api/v1/conditions";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    /** The ten conditions seeded by V3, ordered by name (low-back-pain is named "Back pain" since V7). */
    private static final List<String> ALL_BY_NAME = List.of(
            "achilles-tendinopathy", "low-back-pain", "hamstring-injury", "it-band-syndrome", "muscle-soreness",
            "patellar-tendinitis", "plantar-fasciitis", "runners-knee", "shin-splints", "tendinitis");

    /** The six claims V5 links to low-back-pain. */
    private static final List<String> LOW_BACK_PAIN_CLAIMS = List.of("acupuncture-back-pain-trials",
            "acupuncture-chronic-pain-2012-study", "acupuncture-back-muscle-relaxation",
            "acupuncture-back-pain-recovery", "cupping-back-pain", "stretching-and-exercise-healthy-back");

    private static final String LOW_BACK_PAIN_CLAIMS_PATH = CONDITIONS + "/low-back-pain/claims";

    // ---------------------------------------------------------------------------------------------
    // GET /api/v1/conditions: envelope and filters
    // ---------------------------------------------------------------------------------------------

    @Test
    void listsEveryConditionOnOnePageByDefault() {
        given().when().get(CONDITIONS)
                .then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(10))
                .body("totalPages", equalTo(1))
                .body("items.slug", contains(ALL_BY_NAME.toArray()));
    }

    @Test
    void listedConditionsCarryTheirSummaryFields() {
        given().queryParam("bodyRegion", "thigh").when().get(CONDITIONS)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].slug", equalTo("hamstring-injury"))
                .body("items[0].name", equalTo("Hamstring injury"))
                .body("items[0].aliases", contains("Strained hamstring"))
                .body("items[0].bodyRegion", equalTo("thigh"))
                .body("items[0].summary", equalTo("An injury to the hamstring, the muscle group at the back of the "
                        + "thigh, that can make running or walking painful."))
                .body("items[0].updatedAt", matchesPattern(ISO_INSTANT))
                .body("items[0].lastReviewed", equalTo("2026-11-21"));
    }

    @Test
    void filtersByBodyRegion() {
        assertSlugs(given().queryParam("bodyRegion", "knee"),
                "it-band-syndrome", "patellar-tendinitis", "runners-knee");
        assertSlugs(given().queryParam("bodyRegion", "general"), "muscle-soreness", "tendinitis");
        assertSlugs(given().queryParam("bodyRegion", "lower-leg"), "achilles-tendinopathy", "shin-splints");
    }

    @Test
    void returnsAnEmptyPageForABodyRegionWithoutConditions() {
        given().queryParam("bodyRegion", "hip").when().get(CONDITIONS)
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
    }

    @Test
    void filtersBySingleSymptom() {
        assertSlugs(given().queryParam("symptom", "knee-pain"),
                "it-band-syndrome", "patellar-tendinitis", "runners-knee");
        assertSlugs(given().queryParam("symptom", "irritated-tendon"),
                "achilles-tendinopathy", "patellar-tendinitis", "tendinitis");
    }

    @Test
    void repeatedSymptomRequiresAllOfThemToMatch() {
        // knee-pain alone: 3 conditions; irritated-tendon alone: 3; only patellar tendinitis lists both.
        assertSlugs(given().queryParam("symptom", "knee-pain", "irritated-tendon"), "patellar-tendinitis");
        assertSlugs(given().queryParam("symptom", "muscle-tightness", "reduced-flexibility"), "muscle-soreness");
    }

    @Test
    void repeatedSymptomsThatNoConditionListsTogetherMatchNothing() {
        given().queryParam("symptom", "knee-pain", "heel-pain").when().get(CONDITIONS)
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void filtersByModalityToConditionsWithAClaimForIt() {
        assertSlugs(given().queryParam("modality", "cupping"), "low-back-pain", "plantar-fasciitis");
        assertSlugs(given().queryParam("modality", "gua-sha"), "plantar-fasciitis");
        assertSlugs(given().queryParam("modality", "stretching-and-exercise"), "low-back-pain");
        assertSlugs(given().queryParam("modality", "acupuncture"), ALL_BY_NAME.toArray(String[]::new));
    }

    @Test
    void modalityWithoutConditionClaimsMatchesNothing() {
        // massage has no claims at all in V5
        given().queryParam("modality", "massage").when().get(CONDITIONS)
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void combinesFiltersWithAnd() {
        assertSlugs(given().queryParam("bodyRegion", "foot").queryParam("modality", "cupping"), "plantar-fasciitis");
        assertSlugs(given().queryParam("bodyRegion", "knee").queryParam("modality", "cupping"));
    }

    @Test
    void textQueryForgivesATypo() {
        assertSlugs(given().queryParam("q", "plantar fascitis"), "plantar-fasciitis");
        assertSlugs(given().queryParam("q", "hamstrng"), "hamstring-injury");
    }

    @Test
    void textQueryForgivesPluralsAndMixedCase() {
        assertSlugs(given().queryParam("q", "hamstrings"), "hamstring-injury");
        assertSlugs(given().queryParam("q", "HaMsTrInG"), "hamstring-injury");
        assertSlugs(given().queryParam("q", "SHIN SPLINT"), "shin-splints");
    }

    @Test
    void textQueryMatchesAliases() {
        // "Tendonitis" is an alias spelling in all three (V3 condition_aliases)
        given().queryParam("q", "Tendonitis").when().get(CONDITIONS)
                .then().statusCode(200)
                .body("items.slug", containsInAnyOrder("tendinitis", "patellar-tendinitis", "achilles-tendinopathy"));
    }

    @Test
    void textQueryWithoutMatchesIsAnEmptyPage() {
        given().queryParam("q", "xyzzy").when().get(CONDITIONS)
                .then().statusCode(200)
                .body("items", empty())
                .body("page", equalTo(1))
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
    }

    @Test
    void ignoresUnknownQueryParameters() {
        given().queryParam("colour", "blue").when().get(CONDITIONS)
                .then().statusCode(200)
                .body("totalItems", equalTo(10));
    }

    // ---------------------------------------------------------------------------------------------
    // Sorting
    // ---------------------------------------------------------------------------------------------

    @Test
    void sortsByNameByDefaultAndOnRequest() {
        assertEquals(ALL_BY_NAME, slugs(given().queryParam("sort", "name")));
        assertEquals(ALL_BY_NAME, slugs(given()));
    }

    @Test
    void sortsByNameDescendingAsTheReverseOfName() {
        List<String> descending = slugs(given().queryParam("sort", "-name"));
        List<String> reversed = new ArrayList<>(ALL_BY_NAME);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
    }

    @Test
    void sortsByUpdatedAtAscendingWithSlugAsTieBreaker() {
        List<Map<String, Object>> items = items(given().queryParam("sort", "updatedAt"));
        assertEquals(10, items.size());
        List<Map<String, Object>> expected = new ArrayList<>(items);
        expected.sort(
                Comparator.<Map<String, Object>, Instant>comparing(i -> Instant.parse((String) i.get("updatedAt")))
                        .thenComparing(i -> (String) i.get("slug")));
        assertEquals(slugsOf(expected), slugsOf(items));
    }

    @Test
    void sortsByUpdatedAtDescendingAsTheReverseOfUpdatedAt() {
        List<String> ascending = new ArrayList<>(slugsOf(items(given().queryParam("sort", "updatedAt"))));
        List<String> descending = slugsOf(items(given().queryParam("sort", "-updatedAt")));
        Collections.reverse(ascending);
        assertEquals(ascending, descending);
        assertEquals(10, descending.size());
    }

    @Test
    void sortAppliesAcrossPages() {
        List<String> walked = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            walked.addAll(slugs(given().queryParam("sort", "-name").queryParam("size", 3).queryParam("page", page)));
        }
        List<String> reversed = new ArrayList<>(ALL_BY_NAME);
        Collections.reverse(reversed);
        assertEquals(reversed, walked);
    }

    // ---------------------------------------------------------------------------------------------
    // Paging
    // ---------------------------------------------------------------------------------------------

    @Test
    void returnsTheFirstPage() {
        given().queryParam("size", 3).when().get(CONDITIONS)
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("totalItems", equalTo(10))
                .body("totalPages", equalTo(4))
                .body("items.slug", contains(ALL_BY_NAME.subList(0, 3).toArray()));
    }

    @Test
    void returnsTheLastPageWithTheRemainder() {
        given().queryParam("size", 3).queryParam("page", 4).when().get(CONDITIONS)
                .then().statusCode(200)
                .body("page", equalTo(4))
                .body("totalItems", equalTo(10))
                .body("totalPages", equalTo(4))
                .body("items.slug", contains("tendinitis"));
    }

    @Test
    void returnsAnEmptyPageWithTotalsPastTheEnd() {
        given().queryParam("size", 3).queryParam("page", 5).when().get(CONDITIONS)
                .then().statusCode(200)
                .body("items", empty())
                .body("page", equalTo(5))
                .body("size", equalTo(3))
                .body("totalItems", equalTo(10))
                .body("totalPages", equalTo(4));
    }

    @Test
    void walksEveryConditionOneByOneFollowingNextLinks() {
        List<String> walked = new ArrayList<>();
        URI next = URI.create(CONDITIONS + "?size=1");
        int pages = 0;
        while (next != null && pages < 20) {
            ExtractableResponse<Response> response = given().urlEncodingEnabled(false)
                    .when().get(next.toString())
                    .then().statusCode(200)
                    .body("size", equalTo(1))
                    .body("totalPages", equalTo(10))
                    .body("page", equalTo(pages + 1))
                    .extract();
            walked.addAll(response.path("items.slug"));
            next = LinkHeader.parse(response.header("Link")).get("next");
            pages++;
        }
        assertEquals(10, pages);
        assertEquals(ALL_BY_NAME, walked);
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
            "size, 0", "size, 101", "size, -1", "size, ten", "size, 2.5",
            "page, 0", "page, -3", "page, abc", "page, 1000001"})
    void rejectsOutOfRangeOrMalformedPaging(String parameter, String value) {
        assertInvalid(given().queryParam(parameter, value).when().get(CONDITIONS).then(), CONDITIONS, parameter)
                .body("errors[0].message", containsString("whole number"))
                .body("detail", containsString(parameter));
    }

    @Test
    void rejectsSize101WithTheAllowedRange() {
        assertInvalid(given().queryParam("size", 101).when().get(CONDITIONS).then(), CONDITIONS, "size")
                .body("errors[0].message", equalTo("must be a whole number between 1 and 100"));
    }

    @Test
    void namesEveryBadParameterInOneProblem() {
        assertInvalid(given().queryParam("page", "0").queryParam("size", "big").queryParam("sort", "popularity")
                .queryParam("bodyRegion", "elbow").when().get(CONDITIONS).then(),
                CONDITIONS, "page", "size", "sort", "bodyRegion");
    }

    @Test
    void rejectsUnknownBodyRegionListingTheAllowedValues() {
        assertInvalid(given().queryParam("bodyRegion", "elbow").when().get(CONDITIONS).then(), CONDITIONS,
                "bodyRegion")
                .body("errors[0].message", containsString("lower-back, hip, thigh, knee, lower-leg, foot, general"));
    }

    @Test
    void rejectsUnknownSort() {
        assertInvalid(given().queryParam("sort", "popularity").when().get(CONDITIONS).then(), CONDITIONS, "sort")
                .body("errors[0].message", containsString("name, -name, updatedAt, -updatedAt"));
    }

    @Test
    void rejectsSymptomThatIsNotASlug() {
        assertInvalid(given().queryParam("symptom", "Knee_Pain").when().get(CONDITIONS).then(), CONDITIONS,
                "symptom");
    }

    @Test
    void rejectsModalityThatIsNotASlug() {
        assertInvalid(given().queryParam("modality", "Dry Needling").when().get(CONDITIONS).then(), CONDITIONS,
                "modality");
    }

    @Test
    void rejectsOverlongTextQuery() {
        assertInvalid(given().queryParam("q", "knee ".repeat(41)).when().get(CONDITIONS).then(), CONDITIONS, "q");
    }

    // ---------------------------------------------------------------------------------------------
    // Link header
    // ---------------------------------------------------------------------------------------------

    @Test
    void linksFirstNextAndLastFromTheFirstPage() {
        Map<String, URI> links = links(given().queryParam("size", 3));
        assertEquals(List.of("first", "next", "last"), List.copyOf(links.keySet()));
        assertLink(links.get("first"), 1, 3);
        assertLink(links.get("next"), 2, 3);
        assertLink(links.get("last"), 4, 3);
    }

    @Test
    void linksFirstPrevAndLastButNoNextFromTheLastPage() {
        Map<String, URI> links = links(given().queryParam("size", 3).queryParam("page", 4));
        assertFalse(links.containsKey("next"), "last page must not link a next page: " + links);
        assertEquals(List.of("first", "prev", "last"), List.copyOf(links.keySet()));
        assertLink(links.get("first"), 1, 3);
        assertLink(links.get("prev"), 3, 3);
        assertLink(links.get("last"), 4, 3);
    }

    @Test
    void linksOnlyFirstAndLastForASinglePage() {
        Map<String, URI> links = links(given());
        assertEquals(List.of("first", "last"), List.copyOf(links.keySet()));
        assertLink(links.get("first"), 1, 20);
        assertLink(links.get("last"), 1, 20);
    }

    @Test
    void linksKeepTheRequestFiltersAndSort() {
        Map<String, URI> links = links(given().queryParam("bodyRegion", "knee").queryParam("sort", "-name")
                .queryParam("size", 1).queryParam("page", 2));
        assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(links.keySet()));
        links.forEach((rel, uri) -> {
            Map<String, String> query = LinkHeader.query(uri);
            assertEquals("knee", query.get("bodyRegion"), rel);
            assertEquals("-name", query.get("sort"), rel);
            assertEquals("1", query.get("size"), rel);
        });
        assertLink(links.get("prev"), 1, 1);
        assertLink(links.get("next"), 3, 1);
        assertLink(links.get("last"), 3, 1);
    }

    @Test
    void linksKeepRepeatedSymptomParameters() {
        URI next = links(given().queryParam("symptom", "knee-pain").queryParam("size", 2)).get("next");
        assertNotNull(next);
        assertEquals("knee-pain", LinkHeader.query(next).get("symptom"));
        given().urlEncodingEnabled(false).when().get(next.toString())
                .then().statusCode(200)
                .body("page", equalTo(2))
                .body("items.slug", contains("runners-knee"));
    }

    // ---------------------------------------------------------------------------------------------
    // GET /api/v1/conditions/{slug}
    // ---------------------------------------------------------------------------------------------

    @Test
    void returnsEveryDocumentedFieldOfACondition() {
        given().when().get(CONDITIONS + "/runners-knee")
                .then().statusCode(200)
                .contentType("application/json")
                .body("slug", equalTo("runners-knee"))
                .body("name", equalTo("Runner's knee"))
                .body("aliases", contains("Runners' knee", "Runners knee"))
                .body("bodyRegion", equalTo("knee"))
                .body("summary", equalTo("A knee complaint of runners, felt mainly as a dull ache around the knee."))
                .body("description", startsWith("The practitioner article describes runner's knee as a dull "
                        + "feeling around the knee"))
                .body("whenToSeeADoctor", contains(
                        "If the injury seems serious or the pain is significant, follow your regular doctor's advice "
                                + "and use acupuncture only as a complement to it.",
                        "Acupuncture does not replace seeing your own doctor.",
                        "Talk to your healthcare provider before you begin acupuncture or a similar treatment."))
                .body("symptoms.slug", containsInAnyOrder("dull-knee-ache", "knee-tender-to-touch",
                        "knee-pain-sitting-or-running", "kneecap-clicking-grinding", "knee-pain", "muscle-tightness"))
                .body("symptoms.find { it.slug == 'muscle-tightness' }.name", equalTo("Muscle tightness"))
                .body("symptoms.find { it.slug == 'knee-pain' }.name", equalTo("Knee pain"))
                .body("claims.id", containsInAnyOrder("acupuncture-runners-knee",
                        "acupuncture-runners-knee-pain-study", "acupuncture-runners-knee-strength-study"))
                .body("updatedAt", matchesPattern(ISO_INSTANT))
                .body("lastReviewed", equalTo("2026-11-23"))
                .body("disclaimer", containsString("not a diagnosis"))
                .body("disclaimer", containsString("doctor"));
    }

    @Test
    void embedsClaimsWithTheirEvidenceAndSources() {
        String strength = "claims.find { it.id == 'acupuncture-runners-knee-strength-study' }";
        String opinion = "claims.find { it.id == 'acupuncture-runners-knee' }";
        given().when().get(CONDITIONS + "/runners-knee")
                .then().statusCode(200)
                .body("claims.condition.slug", everyItem(equalTo("runners-knee")))
                .body("claims.modality.slug", everyItem(equalTo("acupuncture")))
                .body(strength + ".modality.name", equalTo("Acupuncture"))
                .body(strength + ".condition.name", equalTo("Runner's knee"))
                .body(strength + ".outcome", equalTo("strength"))
                .body(strength + ".evidenceLevel", equalTo("study-reported"))
                .body(strength + ".finding",
                        equalTo("34% average strength increase in treated limbs compared with the untreated limb"))
                .body(strength + ".caveats", hasSize(3))
                .body(strength + ".sources.id", contains("how-acupuncture-helps-runners"))
                .body(opinion + ".evidenceLevel", equalTo("practitioner-opinion"))
                .body(opinion + ".outcome", equalTo("muscle-relaxation"))
                .body(opinion + ".finding", nullValue())
                .body(opinion + ".sources.id",
                        containsInAnyOrder("acupuncture-in-running", "how-acupuncture-helps-runners"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claimsByCondition")
    void detailListsExactlyTheClaimsOfThatConditionInTheSeedData(String slug, List<String> claimIds) {
        given().when().get(CONDITIONS + "/" + slug)
                .then().statusCode(200)
                .body("claims.id", containsInAnyOrder(claimIds.toArray()))
                .body("claims.condition.slug", everyItem(equalTo(slug)));
    }

    static Stream<Arguments> claimsByCondition() {
        return Stream.of(
                Arguments.of("plantar-fasciitis", List.of("acupuncture-plantar-fasciitis-effective",
                        "acupuncture-plantar-fasciitis-treatment", "acupuncture-plantar-fasciitis-natural-opioids",
                        "electroacupuncture-plantar-fasciitis-tension",
                        "tui-na-plantar-fasciitis-tension", "cupping-plantar-fasciitis-tension",
                        "gua-sha-plantar-fasciitis-tension")),
                Arguments.of("low-back-pain", LOW_BACK_PAIN_CLAIMS),
                Arguments.of("hamstring-injury", List.of("acupuncture-hamstring-pain",
                        "acupuncture-hamstring-circulation", "acupuncture-hamstring-inflammation",
                        "acupuncture-hamstring-healing")),
                Arguments.of("tendinitis", List.of("acupuncture-tendinitis")));
    }

    @Test
    void returnsNotFoundProblemForUnknownSlug() {
        given().when().get(CONDITIONS + "/runners-elbow")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:runner-injury:problem:not-found"))
                .body("title", equalTo("Resource not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No condition has the slug 'runners-elbow'."))
                .body("instance", equalTo(CONDITIONS + "/runners-elbow"))
                .body("errors", nullValue());
    }

    @Test
    void returnsNotFoundProblemForASlugInTheWrongCase() {
        given().when().get(CONDITIONS + "/Runners-Knee")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("instance", equalTo(CONDITIONS + "/Runners-Knee"));
    }

    // ---------------------------------------------------------------------------------------------
    // GET /api/v1/conditions/{slug}/claims
    // ---------------------------------------------------------------------------------------------

    @Test
    void listsEveryClaimOfTheCondition() {
        given().when().get(LOW_BACK_PAIN_CLAIMS_PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("totalPages", equalTo(1))
                .body("items.id", containsInAnyOrder(LOW_BACK_PAIN_CLAIMS.toArray()))
                .body("items.condition.slug", everyItem(equalTo("low-back-pain")));
    }

    @Test
    void filtersConditionClaimsByModality() {
        assertClaimIds(given().queryParam("modality", "cupping"), "cupping-back-pain");
        assertClaimIds(given().queryParam("modality", "stretching-and-exercise"),
                "stretching-and-exercise-healthy-back");
        assertClaimIds(given().queryParam("modality", "gua-sha"));
    }

    @Test
    void filtersConditionClaimsByEvidenceLevel() {
        assertClaimIds(given().queryParam("evidenceLevel", "study-reported"),
                "acupuncture-back-pain-trials", "acupuncture-chronic-pain-2012-study");
        assertClaimIds(given().queryParam("evidenceLevel", "traditional-theory"));
    }

    @Test
    void repeatedEvidenceLevelAcceptsAnyOfThem() {
        assertClaimIds(given().queryParam("evidenceLevel", "study-reported", "traditional-theory"),
                "acupuncture-back-pain-trials", "acupuncture-chronic-pain-2012-study");
        assertClaimIds(given().queryParam("evidenceLevel", "study-reported", "practitioner-opinion"),
                LOW_BACK_PAIN_CLAIMS.toArray(String[]::new));
    }

    @Test
    void filtersConditionClaimsByOutcome() {
        assertClaimIds(given().queryParam("outcome", "pain-relief"),
                "acupuncture-back-pain-trials", "acupuncture-chronic-pain-2012-study", "cupping-back-pain");
        assertClaimIds(given().queryParam("outcome", "recovery"), "acupuncture-back-pain-recovery");
    }

    @Test
    void combinesConditionClaimFilters() {
        assertClaimIds(given().queryParam("modality", "acupuncture").queryParam("outcome", "pain-relief")
                .queryParam("evidenceLevel", "study-reported"),
                "acupuncture-back-pain-trials", "acupuncture-chronic-pain-2012-study");
        assertClaimIds(given().queryParam("modality", "cupping").queryParam("evidenceLevel", "study-reported"));
    }

    @Test
    void returnsNotFoundProblemForClaimsOfUnknownCondition() {
        given().when().get(CONDITIONS + "/runners-elbow/claims")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:runner-injury:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No condition has the slug 'runners-elbow'."))
                .body("instance", equalTo(CONDITIONS + "/runners-elbow/claims"));
    }

    @Test
    void rejectsUnknownEvidenceLevel() {
        assertInvalid(given().queryParam("evidenceLevel", "anecdotal").when().get(LOW_BACK_PAIN_CLAIMS_PATH).then(),
                LOW_BACK_PAIN_CLAIMS_PATH, "evidenceLevel")
                .body("errors[0].message",
                        containsString("study-reported, practitioner-opinion, traditional-theory, weak"));
    }

    @Test
    void rejectsUnknownOutcomeAndBadPagingOfConditionClaimsTogether() {
        assertInvalid(given().queryParam("outcome", "happiness").queryParam("size", 0)
                .when().get(LOW_BACK_PAIN_CLAIMS_PATH).then(),
                LOW_BACK_PAIN_CLAIMS_PATH, "outcome", "size");
    }

    @Test
    void pagesConditionClaims() {
        ExtractableResponse<Response> first = given().queryParam("size", 4).when().get(LOW_BACK_PAIN_CLAIMS_PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("totalPages", equalTo(2))
                .body("items", hasSize(4))
                .extract();
        List<String> second = given().queryParam("size", 4).queryParam("page", 2).when().get(LOW_BACK_PAIN_CLAIMS_PATH)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .extract().path("items.id");
        List<String> all = new ArrayList<>(first.path("items.id"));
        all.addAll(second);
        assertEquals(6, all.stream().distinct().count(), "pages must not overlap: " + all);
        assertTrue(all.containsAll(LOW_BACK_PAIN_CLAIMS));
        assertNotNull(LinkHeader.parse(first.header("Link")).get("next"));
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static void assertSlugs(RequestSpecification request, String... slugs) {
        request.when().get(CONDITIONS)
                .then().statusCode(200)
                .body("totalItems", equalTo(slugs.length))
                .body("items.slug", containsInAnyOrder((Object[]) slugs));
    }

    private static void assertClaimIds(RequestSpecification request, String... ids) {
        request.when().get(LOW_BACK_PAIN_CLAIMS_PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(ids.length))
                .body("items.id", containsInAnyOrder((Object[]) ids))
                .body("items.condition.slug", everyItem(equalTo("low-back-pain")));
    }

    private static List<String> slugs(RequestSpecification request) {
        return slugsOf(items(request));
    }

    private static List<Map<String, Object>> items(RequestSpecification request) {
        return request.when().get(CONDITIONS).then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<String> slugsOf(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("slug")).toList();
    }

    private static Map<String, URI> links(RequestSpecification request) {
        String header = request.when().get(CONDITIONS).then().statusCode(200).extract().header("Link");
        assertNotNull(header, "paged response must carry a Link header");
        return LinkHeader.parse(header);
    }

    private static void assertLink(URI link, int page, int size) {
        assertNotNull(link);
        assertEquals(CONDITIONS, link.getPath());
        Map<String, String> query = LinkHeader.query(link);
        assertEquals(String.valueOf(page), query.get("page"), link.toString());
        assertEquals(String.valueOf(size), query.get("size"), link.toString());
    }

    private static ValidatableResponse assertInvalid(ValidatableResponse response, String path, String... fields) {
        return response.statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:runner-injury:problem:invalid-parameters"))
                .body("title", equalTo("Invalid request parameters"))
                .body("status", equalTo(400))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(path))
                .body("errors.field", containsInAnyOrder((Object[]) fields))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }
}
