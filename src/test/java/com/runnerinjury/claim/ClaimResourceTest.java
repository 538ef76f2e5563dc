package com.runnerinjury.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import com.runnerinjury.support.ContentMatchers;
import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Claims: their list's content and filters, the detail, and problems for bad filters or unknown ids. */
@QuarkusTest
class ClaimResourceTest {

    private static final String CLAIMS = "/api/v1/claims";
    /** V5 inserts 67 claims, 36 of them general (condition_id null); V7 splits off 3 more, 2 of them general. */
    private static final int ALL_CLAIMS = 70;
    private static final int GENERAL_CLAIMS = 38;

    @Test
    void listsGeneralClaimsWithNullCondition() {
        given().queryParam("size", 100).when().get(CLAIMS)
                .then().statusCode(200)
                .body("items.condition", hasItem(nullValue()));
    }

    @Test
    void listsEverySeededClaim() {
        given().queryParam("size", 100).when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(ALL_CLAIMS))
                .body("totalPages", equalTo(1))
                .body("items", hasSize(ALL_CLAIMS))
                .body("items.findAll { it.condition == null }", hasSize(GENERAL_CLAIMS))
                // every statement differs, so sorting by name (statement) needs the id only for safety
                .body("items.statement.toSet()", hasSize(ALL_CLAIMS));
    }

    @Test
    void filtersByModality() {
        given().queryParam("modality", "cupping").when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(11))
                .body("items.id", containsInAnyOrder("cupping-back-pain", "cupping-blood-flow-qi",
                        "cupping-blood-flow-research", "cupping-cell-repair", "cupping-fatigue",
                        "cupping-immune-system",
                        "cupping-inflammation", "cupping-muscle-relaxation", "cupping-pain-relief",
                        "cupping-plantar-fasciitis-tension", "cupping-scar-tissue"))
                .body("items.modality.name", everyItem(equalTo("Cupping")));
    }

    @Test
    void filtersByCondition() {
        given().queryParam("condition", "plantar-fasciitis").when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(7))
                .body("items.id", containsInAnyOrder("acupuncture-plantar-fasciitis-effective",
                        "acupuncture-plantar-fasciitis-treatment",
                        "acupuncture-plantar-fasciitis-natural-opioids", "cupping-plantar-fasciitis-tension",
                        "electroacupuncture-plantar-fasciitis-tension", "gua-sha-plantar-fasciitis-tension",
                        "tui-na-plantar-fasciitis-tension"))
                .body("items.condition.slug", everyItem(equalTo("plantar-fasciitis")));
    }

    @Test
    void filtersByEvidenceLevel() {
        given().queryParam("evidenceLevel", "weak").when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains("acupuncture-endurance-performance"));
    }

    @Test
    void acceptsAnyOfRepeatedEvidenceLevels() {
        given().queryParam("evidenceLevel", "weak", "traditional-theory").when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.id", containsInAnyOrder("acupuncture-endurance-performance",
                        "acupuncture-energy-flow-healing", "acupuncture-heat-stagnation-cooling",
                        "acupuncture-qi-stagnation-pain", "cupping-blood-flow-qi"));
    }

    @Test
    void filtersByOutcome() {
        given().queryParam("outcome", "sleep").when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains("acupuncture-sleep"));
    }

    @Test
    void acceptsAnyOfRepeatedOutcomes() {
        given().queryParam("outcome", "inflammation", "circulation").queryParam("size", 100).when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(11))
                .body("items.outcome", everyItem(oneOf("inflammation", "circulation")));
    }

    @Test
    void combinesFiltersWithAnd() {
        given().queryParam("modality", "acupuncture")
                .queryParam("condition", "low-back-pain")
                .queryParam("evidenceLevel", "study-reported")
                .when().get(CLAIMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder("acupuncture-back-pain-trials",
                        "acupuncture-chronic-pain-2012-study"));
    }

    @Test
    void returnsEmptyListWhenCombinedFiltersMatchNothing() {
        given().queryParam("modality", "cupping").queryParam("outcome", "sleep").when().get(CLAIMS)
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
    }

    @Test
    void namesEveryInvalidParameterInOneProblem() {
        given().queryParam("page", "0").queryParam("size", "0").queryParam("outcome", "happiness")
                .when().get(CLAIMS)
                .then().spec(ProblemSpecs.invalidParameters(CLAIMS, "page", "size", "outcome"));
    }

    @Test
    void returnsClaimDetailWithTheStrengthStudyFinding() {
        given().when().get(CLAIMS + "/acupuncture-runners-knee-strength-study")
                .then().statusCode(200)
                .body("id", equalTo("acupuncture-runners-knee-strength-study"))
                .body("statement", equalTo("The practitioner article describes a study that treated only one limb "
                        + "of each athlete and found the treated limbs gained more strength than the untreated "
                        + "opposite limbs."))
                .body("modality.slug", equalTo("acupuncture"))
                .body("modality.name", equalTo("Acupuncture"))
                .body("condition.slug", equalTo("runners-knee"))
                .body("condition.name", equalTo("Runner's knee"))
                .body("outcome", equalTo("strength"))
                .body("evidenceLevel", equalTo("study-reported"))
                .body("mechanism", equalTo("The treated limbs showed an increase in the motor units recruited for "
                        + "three muscles."))
                .body("finding", equalTo("34% average strength increase in treated limbs compared with the "
                        + "untreated limb"))
                .body("caveats", contains(
                        "The source does not identify the study or research it refers to, and it was not checked here.",
                        "The article does not say how many athletes took part or which three muscles were measured.",
                        "The article presents this as the same study of knee pain in runners; it does not say the "
                                + "athletes had runner's knee as diagnosed."))
                .body("sources.id", contains("how-acupuncture-helps-runners"))
                .body("sources.title", contains("How Acupuncture Helps Runners"))
                .body("disclaimer", ContentMatchers.isDisclaimer());
    }

    @Test
    void returnsClaimDetailWithThe2012StudyOfTwentyThousandPatients() {
        given().when().get(CLAIMS + "/acupuncture-chronic-pain-2012-study")
                .then().statusCode(200)
                .body("condition.slug", equalTo("low-back-pain"))
                .body("condition.name", equalTo("Back pain"))
                .body("outcome", equalTo("pain-relief"))
                .body("evidenceLevel", equalTo("study-reported"))
                .body("mechanism", nullValue())
                .body("finding", equalTo("50 percent reduction in chronic pain reported in a 2012 study of "
                        + "20,000 patients"))
                .body("caveats", hasSize(3))
                .body("caveats[2]", equalTo("The article does not say what authentic acupuncture was compared with."))
                .body("disclaimer", ContentMatchers.isDisclaimer());
    }

    @Test
    void returnsGeneralClaimWithNullConditionMechanismAndFinding() {
        given().when().get(CLAIMS + "/acupuncture-sleep")
                .then().statusCode(200)
                .body("condition", nullValue())
                .body("mechanism", nullValue())
                .body("finding", nullValue())
                .body("outcome", equalTo("sleep"))
                .body("evidenceLevel", equalTo("practitioner-opinion"))
                .body("caveats", contains("Stated from the author's clinical practice; no study is named."));
    }

    @Test
    void listsBothSourcesOfAClaimBothArticlesMake() {
        given().when().get(CLAIMS + "/acupuncture-immunity")
                .then().statusCode(200)
                .body("sources", hasSize(2))
                .body("sources.id", containsInAnyOrder("acupuncture-in-running", "how-acupuncture-helps-runners"))
                .body("sources.title", containsInAnyOrder("Acupuncture in Running", "How Acupuncture Helps Runners"));
    }

    @Test
    void returnsNotFoundProblemForUnknownId() {
        given().when().get(CLAIMS + "/acupuncture-cures-everything")
                .then().spec(ProblemSpecs.notFound(CLAIMS + "/acupuncture-cures-everything"))
                .body("detail", containsString("acupuncture-cures-everything"));
    }

    @Test
    void rejectsUnknownEvidenceLevelNamingTheAllowedValues() {
        given().queryParam("evidenceLevel", "strong").when().get(CLAIMS)
                .then().spec(ProblemSpecs.invalidParameter(CLAIMS, "evidenceLevel"))
                .body("errors.find { it.field == 'evidenceLevel' }.message",
                        containsString("study-reported, practitioner-opinion, traditional-theory, weak"));
    }

    @Test
    void rejectsUnknownOutcomeNamingTheAllowedValues() {
        given().queryParam("outcome", "happiness").when().get(CLAIMS)
                .then().spec(ProblemSpecs.invalidParameter(CLAIMS, "outcome"))
                .body("errors.find { it.field == 'outcome' }.message",
                        containsString("pain-relief, inflammation, circulation, muscle-relaxation, range-of-motion, "
                                + "strength, healing, recovery, injury-prevention, performance, stress, immunity, "
                                + "sleep"));
    }

    @Test
    void rejectsModalityThatIsNotASlug() {
        given().queryParam("modality", "Gua Sha").when().get(CLAIMS)
                .then().spec(ProblemSpecs.invalidParameter(CLAIMS, "modality"));
    }
}
