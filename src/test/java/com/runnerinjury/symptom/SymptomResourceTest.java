package com.runnerinjury.symptom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Symptoms: their list's content and body-region filter, and the detail with the conditions listing each. */
@QuarkusTest
class SymptomResourceTest {

    private static final String SYMPTOMS = "/api/v1/symptoms";

    /** The 22 symptoms of V3, ordered by name. */
    private static final List<String> NAMES_IN_ORDER = List.of(
            "Back pain", "Clicking or grinding kneecap", "Dull ache around the knee", "Heel pain",
            "Inflamed Achilles tendon", "Irritated tendon", "Joint redness", "Joint swelling", "Knee pain",
            "Knee pain when sitting or running", "Knee tender to the touch", "Muscle knots (trigger points)",
            "Muscle tightness", "Outer thigh pain", "Pain along the shin bone", "Pain at the back of the thigh",
            "Pain on the outside of the knee", "Pain when running or walking", "Reduced flexibility",
            "Referred pain", "Sore muscles", "Warm joint");

    @Test
    void listsEverySymptomWithItsConditionsAsSlugAndName() {
        given().queryParam("size", 100).when().get(SYMPTOMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(22))
                .body("items", hasSize(22))
                .body("items.findAll { !it.slug.startsWith('joint-') }.collect { it.conditions.size() }",
                        everyItem(greaterThan(0)))
                // Swelling, redness and heat are general signs of inflammation that no condition lists since V7.
                .body("items.findAll { it.slug.startsWith('joint-') }.conditions.flatten()", empty())
                // V3 links conditions and symptoms with 28 condition_symptoms rows; V7 removes 3.
                .body("items.conditions.flatten()", hasSize(25))
                .body("items.conditions.flatten().slug", everyItem(not(emptyOrNullString())))
                .body("items.conditions.flatten().name", everyItem(not(emptyOrNullString())))
                .body("items.find { it.slug == 'irritated-tendon' }.conditions.slug",
                        containsInAnyOrder("achilles-tendinopathy", "patellar-tendinitis", "tendinitis"))
                .body("items.find { it.slug == 'muscle-tightness' }.conditions.name",
                        containsInAnyOrder("Muscle soreness", "Runner's knee"));
    }

    @ParameterizedTest
    @CsvSource({"knee, 6", "thigh, 3", "lower-leg, 2", "foot, 1", "lower-back, 1", "general, 9", "hip, 0"})
    void filtersByBodyRegion(String bodyRegion, int expected) {
        given().queryParam("bodyRegion", bodyRegion).queryParam("size", 100).when().get(SYMPTOMS)
                .then().statusCode(200)
                .body("totalItems", equalTo(expected))
                .body("items", hasSize(expected))
                .body("items.bodyRegion", everyItem(equalTo(bodyRegion)));
    }

    @Test
    void filtersKneeSymptomsToExactlyThoseOfTheKneeRegion() {
        given().queryParam("bodyRegion", "knee").when().get(SYMPTOMS)
                .then().statusCode(200)
                .body("items.slug", containsInAnyOrder("dull-knee-ache", "knee-tender-to-touch",
                        "knee-pain-sitting-or-running", "kneecap-clicking-grinding", "knee-pain", "outer-knee-pain"));
    }

    @Test
    void rejectsUnknownBodyRegionNamingTheAllowedValues() {
        given().queryParam("bodyRegion", "elbow").when().get(SYMPTOMS)
                .then().spec(ProblemSpecs.invalidParameter(SYMPTOMS, "bodyRegion"))
                .body("errors.find { it.field == 'bodyRegion' }.message",
                        containsString("lower-back, hip, thigh, knee, lower-leg, foot, general"));
    }

    @Test
    void listsTheTwentyTwoSeededSymptomsByName() {
        given().queryParam("size", 100).when().get(SYMPTOMS)
                .then().statusCode(200)
                .body("items.name", contains(NAMES_IN_ORDER.toArray()));
    }

    @Test
    void ignoresUnknownQueryParameters() {
        given().queryParam("colour", "red").queryParam("bodyRegion", "foot").when().get(SYMPTOMS)
                .then().statusCode(200)
                .body("items.slug", contains("heel-pain"));
    }

    @Test
    void returnsSymptomDetailWithItsConditions() {
        given().when().get(SYMPTOMS + "/knee-pain")
                .then().statusCode(200)
                .body("slug", equalTo("knee-pain"))
                .body("name", equalTo("Knee pain"))
                .body("description", equalTo("Pain in or around the knee. The articles mention it with runner's knee, "
                        + "patellar tendonitis and other knee injuries, and on the outer side of the knee with IT band "
                        + "syndrome."))
                .body("bodyRegion", equalTo("knee"))
                .body("conditions.slug", containsInAnyOrder("it-band-syndrome", "patellar-tendinitis", "runners-knee"))
                .body("conditions.name",
                        containsInAnyOrder("IT band syndrome", "Patellar tendinitis", "Runner's knee"));
    }

    @Test
    void returnsSymptomDetailOfAFootSymptom() {
        given().when().get(SYMPTOMS + "/heel-pain")
                .then().statusCode(200)
                .body("name", equalTo("Heel pain"))
                .body("bodyRegion", equalTo("foot"))
                .body("conditions", hasSize(1))
                .body("conditions[0].slug", equalTo("plantar-fasciitis"))
                .body("conditions[0].name", equalTo("Plantar fasciitis"));
    }

    @Test
    void returnsNotFoundProblemForUnknownSlug() {
        given().when().get(SYMPTOMS + "/no-such-symptom")
                .then().spec(ProblemSpecs.notFound(SYMPTOMS + "/no-such-symptom"))
                .body("detail", containsString("no-such-symptom"));
    }
}
