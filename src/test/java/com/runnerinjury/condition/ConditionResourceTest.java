package com.runnerinjury.condition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Conditions: their list's filters and text query, the detail, and the claims about one condition. */
@QuarkusTest
class ConditionResourceTest {

    private static final String CONDITIONS = "/api/v1/conditions";
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
    // GET /api/v1/conditions: content and filters (paging, sort and links: ListContractTest)
    // ---------------------------------------------------------------------------------------------

    @Test
    void listsTheTenSeededConditionsByName() {
        given().when().get(CONDITIONS)
                .then().statusCode(200)
                .body("totalItems", equalTo(10))
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
    // Bad filter parameters
    // ---------------------------------------------------------------------------------------------

    @Test
    void namesEveryBadParameterInOneProblem() {
        given().queryParam("page", "0").queryParam("size", "big").queryParam("sort", "popularity")
                .queryParam("bodyRegion", "elbow").when().get(CONDITIONS)
                .then().spec(ProblemSpecs.invalidParameters(CONDITIONS, "page", "size", "sort", "bodyRegion"));
    }

    @Test
    void rejectsUnknownBodyRegionListingTheAllowedValues() {
        given().queryParam("bodyRegion", "elbow").when().get(CONDITIONS)
                .then().spec(ProblemSpecs.invalidParameters(CONDITIONS, "bodyRegion"))
                .body("errors[0].message", containsString("lower-back, hip, thigh, knee, lower-leg, foot, general"));
    }

    @Test
    void rejectsSymptomThatIsNotASlug() {
        given().queryParam("symptom", "Knee_Pain").when().get(CONDITIONS)
                .then().spec(ProblemSpecs.invalidParameters(CONDITIONS, "symptom"));
    }

    @Test
    void rejectsModalityThatIsNotASlug() {
        given().queryParam("modality", "Dry Needling").when().get(CONDITIONS)
                .then().spec(ProblemSpecs.invalidParameters(CONDITIONS, "modality"));
    }

    @Test
    void rejectsOverlongTextQuery() {
        given().queryParam("q", "knee ".repeat(41)).when().get(CONDITIONS)
                .then().spec(ProblemSpecs.invalidParameters(CONDITIONS, "q"))
                .body("errors[0].message", equalTo("must be at most 200 characters"));
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
                .then().spec(ProblemSpecs.notFound(CONDITIONS + "/runners-elbow"))
                .body("detail", equalTo("No condition has the slug 'runners-elbow'."));
    }

    @Test
    void returnsNotFoundProblemForASlugInTheWrongCase() {
        given().when().get(CONDITIONS + "/Runners-Knee")
                .then().spec(ProblemSpecs.notFound(CONDITIONS + "/Runners-Knee"));
    }

    // ---------------------------------------------------------------------------------------------
    // GET /api/v1/conditions/{slug}/claims
    // ---------------------------------------------------------------------------------------------

    @Test
    void listsEveryClaimOfTheCondition() {
        given().when().get(LOW_BACK_PAIN_CLAIMS_PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(6))
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
                .then().spec(ProblemSpecs.notFound(CONDITIONS + "/runners-elbow/claims"))
                .body("detail", equalTo("No condition has the slug 'runners-elbow'."));
    }

    @Test
    void rejectsUnknownEvidenceLevel() {
        given().queryParam("evidenceLevel", "anecdotal").when().get(LOW_BACK_PAIN_CLAIMS_PATH)
                .then().spec(ProblemSpecs.invalidParameters(LOW_BACK_PAIN_CLAIMS_PATH, "evidenceLevel"))
                .body("errors[0].message",
                        containsString("study-reported, practitioner-opinion, traditional-theory, weak"));
    }

    @Test
    void rejectsUnknownOutcomeAndBadPagingOfConditionClaimsTogether() {
        given().queryParam("outcome", "happiness").queryParam("size", 0)
                .when().get(LOW_BACK_PAIN_CLAIMS_PATH)
                .then().spec(ProblemSpecs.invalidParameters(LOW_BACK_PAIN_CLAIMS_PATH, "outcome", "size"));
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
}
