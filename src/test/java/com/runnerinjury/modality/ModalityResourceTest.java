package com.runnerinjury.modality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.runnerinjury.support.ContentMatchers;
import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Modalities: their list's content and category filter, the detail, and the claims made for one modality. */
@QuarkusTest
class ModalityResourceTest {

    private static final String MODALITIES = "/api/v1/modalities";

    /** Every claim V5 and V7 make for acupuncture (modality_id = acupuncture). */
    private static final String[] ACUPUNCTURE_CLAIMS = {
            "acupuncture-achilles-flexibility", "acupuncture-achilles-inflammation", "acupuncture-achilles-pain",
            "acupuncture-achilles-scar-tissue", "acupuncture-back-muscle-relaxation",
            "acupuncture-back-pain-recovery", "acupuncture-back-pain-trials", "acupuncture-calms-mind",
            "acupuncture-chronic-pain-2012-study", "acupuncture-circulation", "acupuncture-common-running-injuries",
            "acupuncture-endurance-performance", "acupuncture-energy-flow-healing", "acupuncture-energy-levels",
            "acupuncture-hamstring-circulation", "acupuncture-hamstring-healing",
            "acupuncture-hamstring-inflammation", "acupuncture-hamstring-pain",
            "acupuncture-heat-stagnation-cooling", "acupuncture-immunity", "acupuncture-inflammation",
            "acupuncture-injury-prevention", "acupuncture-it-band-fascia-repair", "acupuncture-it-band-syndrome",
            "acupuncture-muscle-balance", "acupuncture-muscle-balance-injury-risk", "acupuncture-muscle-rebalancing",
            "acupuncture-muscle-soreness", "acupuncture-muscle-tension",
            "acupuncture-natural-healing", "acupuncture-nerve-function", "acupuncture-nitric-oxide-vasodilatation",
            "acupuncture-noradrenergic-inflammation", "acupuncture-pain-relief", "acupuncture-painkilling-chemicals",
            "acupuncture-patellar-tendinitis", "acupuncture-plantar-fasciitis-effective",
            "acupuncture-plantar-fasciitis-treatment", "acupuncture-plantar-fasciitis-natural-opioids",
            "acupuncture-qi-stagnation-pain",
            "acupuncture-recovery", "acupuncture-recurring-injuries", "acupuncture-runners-knee",
            "acupuncture-runners-knee-pain-study", "acupuncture-runners-knee-strength-study",
            "acupuncture-running-form", "acupuncture-shin-splints-healing", "acupuncture-shin-splints-pain",
            "acupuncture-sleep", "acupuncture-stress", "acupuncture-stress-hormones-performance",
            "acupuncture-tendinitis", "acupuncture-trigger-point-range-of-motion",
            "acupuncture-trigger-point-release", "acupuncture-workout-recovery"};

    private static final String[] CUPPING_CLAIMS = {
            "cupping-back-pain", "cupping-blood-flow-qi", "cupping-blood-flow-research", "cupping-cell-repair",
            "cupping-fatigue", "cupping-immune-system", "cupping-inflammation", "cupping-muscle-relaxation",
            "cupping-pain-relief", "cupping-plantar-fasciitis-tension", "cupping-scar-tissue"};

    @Test
    void listsAllEightModalitiesByName() {
        given().when().get(MODALITIES)
                .then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items.slug", contains("acupuncture", "cupping", "electroacupuncture", "gua-sha", "massage",
                        "physical-therapy", "stretching-and-exercise", "tui-na"));
    }

    @ParameterizedTest
    @CsvSource({
            "traditional-chinese-medicine, acupuncture cupping electroacupuncture gua-sha tui-na",
            "manual-therapy, massage",
            "rehabilitation, physical-therapy stretching-and-exercise"})
    void filtersByCategory(String category, String slugs) {
        String[] expected = slugs.split(" ");
        given().queryParam("category", category).when().get(MODALITIES)
                .then().statusCode(200)
                .body("totalItems", equalTo(expected.length))
                .body("items.slug", containsInAnyOrder(expected))
                .body("items.category", everyItem(equalTo(category)));
    }

    @Test
    void rejectsUnknownCategoryNamingTheAllowedValues() {
        given().queryParam("category", "herbal").when().get(MODALITIES)
                .then().spec(ProblemSpecs.invalidParameter(MODALITIES, "category"))
                .body("errors.find { it.field == 'category' }.message",
                        containsString("traditional-chinese-medicine, manual-therapy, rehabilitation"));
    }

    @Test
    void returnsAcupunctureWithOrderedStepsSessionLengthAndSafetyNotes() {
        given().when().get(MODALITIES + "/acupuncture")
                .then().statusCode(200)
                .body("slug", equalTo("acupuncture"))
                .body("name", equalTo("Acupuncture"))
                .body("category", equalTo("traditional-chinese-medicine"))
                .body("summary", equalTo("Fine needles placed at chosen points on the body, which runners use to "
                        + "manage pain, support healing and recovery, and help prevent injuries."))
                .body("description", containsString("over 3,000 years"))
                .body("whatToExpect", contains(
                        "Assessment: the practitioner goes over your medical history and carries out a physical "
                                + "examination.",
                        "Needle insertion: fine needles are placed gently at selected points and are usually left "
                                + "in place for about 20-30 minutes. That is the time the needles stay in, not the "
                                + "length of the whole session, which the articles do not give.",
                        "Sensation: most people feel no pain, perhaps only mild tingling or a sense of warmth."))
                .body("typicalSessionMinutes.min", equalTo(20))
                .body("typicalSessionMinutes.max", equalTo(30))
                .body("safetyNotes", contains(
                        "Acupuncture is considered safe when it is performed by a trained professional using clean "
                                + "needles.",
                        "It is not a substitute for seeing your regular doctor.",
                        "Check with your healthcare provider before starting acupuncture."))
                .body("disclaimer", ContentMatchers.isDisclaimer());
    }

    @Test
    void returnsExactlyTheClaimsMadeForAcupuncture() {
        given().when().get(MODALITIES + "/acupuncture")
                .then().statusCode(200)
                .body("claims", hasSize(ACUPUNCTURE_CLAIMS.length))
                .body("claims.id", containsInAnyOrder(ACUPUNCTURE_CLAIMS))
                .body("claims.modality.slug", everyItem(equalTo("acupuncture")))
                .body("claims.find { it.id == 'acupuncture-runners-knee-strength-study' }.condition.slug",
                        equalTo("runners-knee"))
                .body("claims.find { it.id == 'acupuncture-sleep' }.condition", nullValue());
    }

    @Test
    void returnsCuppingWithFourStepsAndNoSessionLength() {
        given().when().get(MODALITIES + "/cupping")
                .then().statusCode(200)
                .body("name", equalTo("Cupping"))
                .body("whatToExpect", hasSize(4))
                .body("whatToExpect[0]", equalTo("Assessment: the practitioner first looks at your individual needs."))
                .body("whatToExpect[1]", containsString("Application:"))
                .body("whatToExpect[2]", containsString("Technique:"))
                .body("whatToExpect[3]", containsString("Afterwards:"))
                .body("typicalSessionMinutes", nullValue())
                .body("safetyNotes", contains("Cupping will likely leave bruises where the cups sat; the practitioner "
                        + "article says they are painless but last 1-2 weeks."))
                .body("claims.id", containsInAnyOrder(CUPPING_CLAIMS))
                .body("disclaimer", ContentMatchers.isDisclaimer());
    }

    @Test
    void returnsModalityWithoutStepsNotesOrClaimsAsEmptyLists() {
        given().when().get(MODALITIES + "/massage")
                .then().statusCode(200)
                .body("category", equalTo("manual-therapy"))
                .body("whatToExpect", empty())
                .body("safetyNotes", empty())
                .body("claims", empty())
                .body("typicalSessionMinutes", nullValue());
    }

    @Test
    void returnsNotFoundProblemForUnknownSlug() {
        given().when().get(MODALITIES + "/reiki")
                .then().spec(ProblemSpecs.notFound(MODALITIES + "/reiki"))
                .body("detail", containsString("reiki"));
    }

    @Test
    void listsEveryClaimOfTheModality() {
        given().queryParam("size", 100).when().get(MODALITIES + "/acupuncture/claims")
                .then().statusCode(200)
                .body("totalItems", equalTo(ACUPUNCTURE_CLAIMS.length))
                .body("items.id", containsInAnyOrder(ACUPUNCTURE_CLAIMS))
                .body("items.modality.slug", everyItem(equalTo("acupuncture")));
    }

    @Test
    void filtersModalityClaimsByCondition() {
        given().queryParam("condition", "plantar-fasciitis").when().get(MODALITIES + "/acupuncture/claims")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", containsInAnyOrder("acupuncture-plantar-fasciitis-effective",
                        "acupuncture-plantar-fasciitis-treatment", "acupuncture-plantar-fasciitis-natural-opioids"));
    }

    @Test
    void acceptsAnyOfRepeatedEvidenceLevels() {
        given().queryParam("evidenceLevel", "study-reported", "traditional-theory")
                .when().get(MODALITIES + "/cupping/claims")
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.id", containsInAnyOrder("cupping-blood-flow-qi", "cupping-blood-flow-research",
                        "cupping-immune-system", "cupping-inflammation", "cupping-pain-relief"));
    }

    @Test
    void filtersModalityClaimsByOutcome() {
        given().queryParam("outcome", "circulation").when().get(MODALITIES + "/cupping/claims")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder("cupping-blood-flow-qi", "cupping-blood-flow-research"))
                .body("items.outcome", everyItem(equalTo("circulation")));
    }

    @Test
    void combinesModalityClaimFilters() {
        given().queryParam("outcome", "pain-relief").queryParam("evidenceLevel", "study-reported")
                .when().get(MODALITIES + "/acupuncture/claims")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder("acupuncture-back-pain-trials",
                        "acupuncture-chronic-pain-2012-study", "acupuncture-plantar-fasciitis-effective",
                        "acupuncture-runners-knee-pain-study"));
    }

    @Test
    void returnsEmptyClaimListForModalityWithoutClaims() {
        given().when().get(MODALITIES + "/massage/claims")
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void rejectsUnknownEvidenceLevelOnModalityClaims() {
        given().queryParam("evidenceLevel", "proven").when().get(MODALITIES + "/cupping/claims")
                .then().spec(ProblemSpecs.invalidParameter(MODALITIES + "/cupping/claims", "evidenceLevel"));
    }

    @Test
    void rejectsConditionThatIsNotASlug() {
        given().queryParam("condition", "Plantar Fasciitis").when().get(MODALITIES + "/acupuncture/claims")
                .then().spec(ProblemSpecs.invalidParameter(MODALITIES + "/acupuncture/claims", "condition"));
    }

    @Test
    void returnsNotFoundProblemForClaimsOfUnknownModality() {
        given().queryParam("outcome", "pain-relief").when().get(MODALITIES + "/reiki/claims")
                .then().spec(ProblemSpecs.notFound(MODALITIES + "/reiki/claims"))
                .body("detail", containsString("reiki"));
    }
}
