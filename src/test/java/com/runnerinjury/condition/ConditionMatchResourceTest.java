package com.runnerinjury.condition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.runnerinjury.support.ContentMatchers;
import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Condition matches: ranking and scores by shared symptoms, the disclaimer, and problems for bad symptoms. */
@QuarkusTest
class ConditionMatchResourceTest {

    private static final String MATCHES = "/api/v1/condition-matches";

    /**
     * From V3: patellar tendinitis lists both knee-pain and irritated-tendon; IT band syndrome and runner's knee list
     * knee-pain only; Achilles tendinopathy and tendinitis list irritated-tendon only.
     */
    private static final String[] KNEE_PAIN_AND_IRRITATED_TENDON = {"knee-pain", "irritated-tendon"};
    private static final Set<String> CONDITIONS_WITH_EITHER = Set.of("patellar-tendinitis", "it-band-syndrome",
            "runners-knee", "achilles-tendinopathy", "tendinitis");

    @Test
    void ranksTheConditionListingMoreOfTheSymptomsFirst() {
        JsonPath body = match(KNEE_PAIN_AND_IRRITATED_TENDON)
                .body("totalItems", equalTo(5))
                .body("items", hasSize(5))
                .body("items[0].condition.slug", equalTo("patellar-tendinitis"))
                .body("items[0].condition.name", equalTo("Patellar tendinitis"))
                .body("items.condition.slug", containsInAnyOrder(CONDITIONS_WITH_EITHER.toArray()))
                .extract().jsonPath();
        assertEquals(List.of(1.0, 0.5, 0.5, 0.5, 0.5), scores(body));
        assertEquals(2, body.getList("items[0].matchedSymptoms").size());
        for (int i = 1; i < 5; i++) {
            assertEquals(1, body.getList("items[" + i + "].matchedSymptoms").size(), "item " + i);
        }
    }

    @Test
    void ordersEqualScoresByConditionName() {
        match(KNEE_PAIN_AND_IRRITATED_TENDON)
                .body("items.condition.name", contains("Patellar tendinitis", "Achilles tendinopathy",
                        "IT band syndrome", "Runner's knee", "Tendinitis"));
    }

    @Test
    void scoresEachConditionByTheShareOfGivenSymptomsItLists() {
        // runner's knee lists 2 of the 3; patellar tendinitis, IT band syndrome and plantar fasciitis 1 each
        JsonPath body = match("knee-pain", "dull-knee-ache", "heel-pain")
                .body("totalItems", equalTo(4))
                .body("items[0].condition.slug", equalTo("runners-knee"))
                .body("items.condition.slug", containsInAnyOrder("runners-knee", "patellar-tendinitis",
                        "it-band-syndrome", "plantar-fasciitis"))
                .extract().jsonPath();
        assertEquals(0.667, scoreOf(body, "runners-knee"), 0.0005);
        assertEquals(0.333, scoreOf(body, "patellar-tendinitis"), 0.0005);
        assertEquals(0.333, scoreOf(body, "it-band-syndrome"), 0.0005);
        assertEquals(0.333, scoreOf(body, "plantar-fasciitis"), 0.0005);
    }

    @Test
    void scoresOneWhenAConditionListsEveryGivenSymptom() {
        JsonPath body = match("heel-pain")
                .body("totalItems", equalTo(1))
                .body("items[0].condition.slug", equalTo("plantar-fasciitis"))
                .body("items[0].matchedSymptoms.slug", contains("heel-pain"))
                .extract().jsonPath();
        assertEquals(List.of(1.0), scores(body));
    }

    @Test
    void matchedSymptomsAreTheGivenSymptomsTheConditionLists() {
        String runnersKnee = "items.find { it.condition.slug == 'runners-knee' }";
        String patellar = "items.find { it.condition.slug == 'patellar-tendinitis' }";
        match("knee-pain", "dull-knee-ache", "heel-pain")
                .body(runnersKnee + ".matchedSymptoms.slug", containsInAnyOrder("knee-pain", "dull-knee-ache"))
                .body(runnersKnee + ".matchedSymptoms.name",
                        containsInAnyOrder("Knee pain", "Dull ache around the knee"))
                .body(patellar + ".matchedSymptoms.slug", contains("knee-pain"))
                .body(patellar + ".matchedSymptoms.name", contains("Knee pain"));
    }

    @Test
    void matchedSymptomsLeaveOutSymptomsThatWereNotAskedAbout() {
        // runner's knee lists nine symptoms in V3; only the one asked about is reported
        match(KNEE_PAIN_AND_IRRITATED_TENDON)
                .body("items.find { it.condition.slug == 'runners-knee' }.matchedSymptoms.slug", contains("knee-pain"))
                .body("items.matchedSymptoms.flatten().slug",
                        everyItem(in(List.of(KNEE_PAIN_AND_IRRITATED_TENDON))));
    }

    @Test
    void countsARepeatedSymptomOnce() {
        JsonPath body = match("knee-pain", "knee-pain")
                .body("items.condition.slug", containsInAnyOrder("it-band-syndrome", "patellar-tendinitis",
                        "runners-knee"))
                .extract().jsonPath();
        assertEquals(List.of(1.0, 1.0, 1.0), scores(body));
    }

    @Test
    void carriesADisclaimerThatItIsNotADiagnosis() {
        match("heel-pain")
                .body("disclaimer", containsString("not a diagnosis"))
                .body("disclaimer", containsString("doctor"));
    }

    @ParameterizedTest(name = "page {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void carriesTheDisclaimerOnEveryPageAndPastTheEnd(int page) {
        // five matches in pages of two: pages 1 to 3, then an empty page 4
        given().queryParam("symptom", (Object[]) KNEE_PAIN_AND_IRRITATED_TENDON)
                .queryParam("size", 2).queryParam("page", page)
                .when().get(MATCHES)
                .then().statusCode(200)
                .body("items", hasSize(page < 3 ? 2 : page == 3 ? 1 : 0))
                .body("disclaimer", ContentMatchers.isDisclaimer());
    }

    @Test
    void rejectsAnUnknownSymptomNamingIt() {
        given().queryParam("symptom", "knee-pain", "elbow-pain").when().get(MATCHES)
                .then().spec(ProblemSpecs.invalidParameters(MATCHES, "symptom"))
                .body("errors[0].message", containsString("elbow-pain"))
                .body("detail", containsString("elbow-pain"));
    }

    @Test
    void rejectsSeveralUnknownSymptomsNamingEachOfThem() {
        ValidatableResponse response = given().queryParam("symptom", "elbow-pain", "knee-pain", "wrist-pain")
                .when().get(MATCHES).then();
        response.spec(ProblemSpecs.invalidParameters(MATCHES, "symptom", "symptom"));
        List<String> messages = response.extract().path("errors.message");
        assertTrue(messages.stream().anyMatch(m -> m.contains("elbow-pain")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("wrist-pain")), messages.toString());
        assertFalse(messages.stream().anyMatch(m -> m.contains("knee-pain")), "knee-pain is known: " + messages);
    }

    @Test
    void rejectsAMissingSymptom() {
        given().when().get(MATCHES).then().spec(ProblemSpecs.invalidParameters(MATCHES, "symptom"));
    }

    @Test
    void rejectsABlankSymptom() {
        given().queryParam("symptom", " ").when().get(MATCHES)
                .then().spec(ProblemSpecs.invalidParameters(MATCHES, "symptom"));
    }

    @Test
    void rejectsASymptomThatIsNotASlug() {
        given().queryParam("symptom", "Knee Pain").when().get(MATCHES)
                .then().spec(ProblemSpecs.invalidParameters(MATCHES, "symptom"));
    }

    @Test
    void rejectsMoreThanTwentySymptoms() {
        Object[] symptoms = IntStream.rangeClosed(1, 21).mapToObj(i -> "symptom-" + i).toArray();
        given().queryParam("symptom", symptoms).when().get(MATCHES)
                .then().spec(ProblemSpecs.invalidParameters(MATCHES, "symptom"))
                .body("errors[0].message", containsString("20"));
    }

    @Test
    void rejectsBadPagingAlongsideTheSymptomProblem() {
        given().queryParam("size", 0).queryParam("page", "x").when().get(MATCHES)
                .then().spec(ProblemSpecs.invalidParameters(MATCHES, "symptom", "page", "size"));
    }

    private static ValidatableResponse match(String... symptoms) {
        return given().queryParam("symptom", (Object[]) symptoms).when().get(MATCHES)
                .then().statusCode(200)
                .contentType("application/json")
                .body("disclaimer", not(emptyOrNullString()));
    }

    private static List<Double> scores(JsonPath body) {
        List<Number> raw = body.getList("items.score");
        return raw.stream().map(Number::doubleValue).collect(Collectors.toList());
    }

    private static double scoreOf(JsonPath body, String conditionSlug) {
        return ((Number) body.get("items.find { it.condition.slug == '" + conditionSlug + "' }.score")).doubleValue();
    }
}
