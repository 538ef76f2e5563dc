package com.runnerinjury.symptom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.runnerinjury.support.ProblemSpecs;
import com.runnerinjury.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editors' and publishers' writes of symptoms, and what the public sees of them meanwhile. */
@QuarkusTest
class SymptomEditingResourceTest {

    private static final String SYMPTOMS = "/api/v1/symptoms";
    private static final String CONDITIONS = "/api/v1/conditions";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final List<String> createdConditions = new ArrayList<>();
    private final List<String> createdSymptoms = new ArrayList<>();

    /** Conditions first: a symptom a condition still lists cannot be deleted. */
    @AfterEach
    void deleteWhatTheTestCreated() {
        createdConditions.forEach(slug -> deleteIfPresent(CONDITIONS + "/" + slug));
        createdSymptoms.forEach(slug -> deleteIfPresent(SYMPTOMS + "/" + slug));
    }

    @Test
    void anEditorCreatesADraftThatThePublicDoesNotSee() {
        String slug = create("test-toe-tingle");

        given().get(SYMPTOMS + "/" + slug).then().spec(ProblemSpecs.notFound(SYMPTOMS + "/" + slug));
        given().get(SYMPTOMS + "?size=100").then().body("items.slug", not(hasItem(slug)));
        given().get("/api/v1/search?q=tingle").then().statusCode(200).body("items.slug", not(hasItem(slug)));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "?status=draft").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", startsWith("\""))
                .body("name", equalTo("Toe tingle"))
                .body("bodyRegion", equalTo("foot"))
                .body("conditions", empty());
    }

    @Test
    void creatingAnswers201WithLocationAndETag() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("test-location"))
                .post(SYMPTOMS).then()
                .statusCode(201)
                .header("Location", equalTo(SYMPTOMS + "/test-location"))
                .header("ETag", startsWith("\""))
                .body("slug", equalTo("test-location"))
                .body("lastReviewed", nullValue());
        createdSymptoms.add("test-location");
    }

    @Test
    void aPublisherPublishesAndThePublicSeesIt() {
        String slug = create("test-toe-numb");

        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/publish").then().statusCode(200);

        given().get(SYMPTOMS + "/" + slug).then().statusCode(200)
                .body("name", equalTo("Toe tingle"))
                .body("description", equalTo("A pins-and-needles feeling in the toes, written for the tests."));
        given().get(SYMPTOMS + "?size=100").then().body("items.slug", hasItem(slug));
    }

    @Test
    void publishingAPublishedSymptomWithoutADraftIsA409() {
        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/knee-pain/publish").then()
                .spec(ProblemSpecs.problem(409, SYMPTOMS + "/knee-pain/publish"));
    }

    @Test
    void replacingAPublishedSymptomLeavesThePublicVersionUntilPublished() {
        String slug = createPublished("test-published-edit");
        var changed = new HashMap<>(document(slug));
        changed.put("name", "Toe tingle, edited");

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", publicEtagOf(slug))
                .body(changed).put(SYMPTOMS + "/" + slug).then()
                .statusCode(200).header("ETag", startsWith("\"")).body("name", equalTo("Toe tingle, edited"));

        given().get(SYMPTOMS + "/" + slug).then().statusCode(200).body("name", equalTo("Toe tingle"));
        given().get(SYMPTOMS + "?size=100").then()
                .body("items.find { it.slug == '" + slug + "' }.name", equalTo("Toe tingle"));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "?status=draft").then()
                .statusCode(200).body("name", equalTo("Toe tingle, edited"));

        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/publish").then().statusCode(200);
        given().get(SYMPTOMS + "/" + slug).then().statusCode(200).body("name", equalTo("Toe tingle, edited"));
    }

    @Test
    void patchingADraftChangesOnlyTheFieldsSent() {
        String slug = create("test-patch");

        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etagOf(slug))
                .body(Map.of("bodyRegion", "knee")).patch(SYMPTOMS + "/" + slug).then()
                .statusCode(200)
                .body("bodyRegion", equalTo("knee"))
                .body("name", equalTo("Toe tingle"));
    }

    @Test
    void aDraftOfAPublishedSymptomCanBeDiscarded() {
        String slug = createPublished("test-discard");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", publicEtagOf(slug))
                .body(Map.of("description", "A changed description.")).patch(SYMPTOMS + "/" + slug).then()
                .statusCode(200);

        given().auth().oauth2(Tokens.editor()).delete(SYMPTOMS + "/" + slug + "/draft").then().statusCode(200)
                .body("description", equalTo("A pins-and-needles feeling in the toes, written for the tests."));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "?status=draft").then()
                .spec(ProblemSpecs.notFound(SYMPTOMS + "/" + slug));
        given().auth().oauth2(Tokens.editor()).delete(SYMPTOMS + "/" + slug + "/draft").then()
                .spec(ProblemSpecs.notFound(SYMPTOMS + "/" + slug + "/draft"));
    }

    @Test
    void archivingAnswersGoneToThePublic() {
        String slug = createPublished("test-archived");

        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/archive").then().statusCode(200);

        given().get(SYMPTOMS + "/" + slug).then().spec(ProblemSpecs.problem(410, SYMPTOMS + "/" + slug))
                .body("type", equalTo("urn:runner-injury:problem:gone"));
        given().get(SYMPTOMS + "?size=100").then().body("items.slug", not(hasItem(slug)));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "?status=all").then()
                .statusCode(200).body("slug", equalTo(slug));
        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/archive").then()
                .spec(ProblemSpecs.problem(409, SYMPTOMS + "/" + slug + "/archive"));
    }

    @Test
    void aPublisherMarksASymptomReviewed() {
        String slug = create("test-reviewed");

        given().auth().oauth2(Tokens.editor()).post(SYMPTOMS + "/" + slug + "/review").then()
                .spec(ProblemSpecs.problem(403, SYMPTOMS + "/" + slug + "/review"));
        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/review").then()
                .statusCode(200)
                .body("lastReviewed", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
    }

    @Test
    void aPublisherDeletesADraftForGood() {
        String slug = create("test-deleted");

        given().auth().oauth2(Tokens.publisher()).header("If-Match", etagOf(slug)).delete(SYMPTOMS + "/" + slug)
                .then().statusCode(204);

        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "?status=all").then()
                .spec(ProblemSpecs.notFound(SYMPTOMS + "/" + slug));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "/revisions").then()
                .statusCode(200).body("items.action", contains("deleted", "created"));
    }

    @Test
    void writesWithoutIfMatchAreRefusedWith428() {
        String slug = create("test-no-if-match");
        String path = SYMPTOMS + "/" + slug;

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(slug)).put(path).then()
                .spec(ProblemSpecs.problem(428, path));
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).body(Map.of("name", "New")).patch(path)
                .then().spec(ProblemSpecs.problem(428, path));
        given().auth().oauth2(Tokens.publisher()).delete(path).then().spec(ProblemSpecs.problem(428, path));
    }

    @Test
    void aWriteWithAStaleIfMatchIsRefusedWith412AndTheCurrentETag() {
        String slug = create("test-stale");
        String first = etagOf(slug);
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", first)
                .body(Map.of("description", "Second version.")).patch(SYMPTOMS + "/" + slug).then().statusCode(200);
        String current = etagOf(slug);

        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", first)
                .body(Map.of("description", "Lost update.")).patch(SYMPTOMS + "/" + slug).then()
                .spec(ProblemSpecs.problem(412, SYMPTOMS + "/" + slug))
                .header("ETag", current)
                .body("currentEtag", equalTo(current));
        given().auth().oauth2(Tokens.publisher()).header("If-Match", first).delete(SYMPTOMS + "/" + slug).then()
                .spec(ProblemSpecs.problem(412, SYMPTOMS + "/" + slug));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "?status=all").then()
                .body("description", equalTo("Second version."));
    }

    @Test
    void writesToAnUnknownSymptomAre404() {
        String path = SYMPTOMS + "/no-such-symptom";
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", "\"x\"")
                .body(document("no-such-symptom")).put(path).then().spec(ProblemSpecs.notFound(path));
        given().auth().oauth2(Tokens.publisher()).post(path + "/publish").then()
                .spec(ProblemSpecs.notFound(path + "/publish"));
        given().auth().oauth2(Tokens.editor()).get(path + "?status=all").then().spec(ProblemSpecs.notFound(path));
        given().auth().oauth2(Tokens.editor()).get(path + "/revisions").then()
                .spec(ProblemSpecs.notFound(path + "/revisions"));
    }

    @Test
    void aPublishedSymptomWithoutADraftHasNoDraftToRead() {
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/knee-pain?status=draft").then()
                .spec(ProblemSpecs.notFound(SYMPTOMS + "/knee-pain"));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/knee-pain?status=all").then()
                .statusCode(200).body("slug", equalTo("knee-pain"));
    }

    @Test
    void anAnonymousWriteIsRefusedWith401AndAChallenge() {
        given().contentType(ContentType.JSON).body(document("test-anonymous")).post(SYMPTOMS).then()
                .spec(ProblemSpecs.problem(401, SYMPTOMS))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().get(SYMPTOMS + "/knee-pain?status=all").then()
                .spec(ProblemSpecs.problem(401, SYMPTOMS + "/knee-pain"));
    }

    @Test
    void anEditorMayNotPublishArchiveOrDelete() {
        String slug = create("test-editor-role");
        String path = SYMPTOMS + "/" + slug;

        given().auth().oauth2(Tokens.editor()).post(path + "/publish").then()
                .spec(ProblemSpecs.problem(403, path + "/publish"));
        given().auth().oauth2(Tokens.editor()).post(path + "/archive").then()
                .spec(ProblemSpecs.problem(403, path + "/archive"));
        given().auth().oauth2(Tokens.editor()).header("If-Match", etagOf(slug)).delete(path).then()
                .spec(ProblemSpecs.problem(403, path));
    }

    @Test
    void aTokenWithoutAnEditorialRoleMayNotWriteOrReadDrafts() {
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(document("test-reader"))
                .post(SYMPTOMS).then().spec(ProblemSpecs.problem(403, SYMPTOMS));
        given().auth().oauth2(Tokens.reader()).get(SYMPTOMS + "/knee-pain?status=all").then()
                .spec(ProblemSpecs.problem(403, SYMPTOMS + "/knee-pain"));
    }

    @Test
    void anInvalidBodyNamesEveryBadField() {
        var body = new HashMap<>(document("Not A Slug"));
        body.remove("name");
        body.put("description", "x".repeat(2001));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(SYMPTOMS).then()
                .spec(ProblemSpecs.problem(400, SYMPTOMS))
                .body("type", equalTo("urn:runner-injury:problem:invalid-body"))
                .body("errors.field", containsInAnyOrder("description", "name", "slug"));
    }

    @Test
    void aBodyRegionOutsideTheListIsA400NamingIt() {
        var body = new HashMap<>(document("test-elbow"));
        body.put("bodyRegion", "elbow");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(SYMPTOMS).then()
                .spec(ProblemSpecs.problem(400, SYMPTOMS))
                .body("errors.field", contains("bodyRegion"));
    }

    @Test
    void anUnknownFieldIsA400() {
        var body = new HashMap<>(document("test-unknown-field"));
        body.put("conditions", List.of("runners-knee"));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(SYMPTOMS).then()
                .spec(ProblemSpecs.problem(400, SYMPTOMS))
                .body("errors.field", contains("conditions"));
    }

    @Test
    void aSlugCannotChange() {
        String slug = create("test-slug-stays");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", etagOf(slug))
                .body(document("test-slug-moved")).put(SYMPTOMS + "/" + slug).then()
                .spec(ProblemSpecs.problem(400, SYMPTOMS + "/" + slug))
                .body("errors.field", contains("slug"));
    }

    @Test
    void aTakenSlugIsA409() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("knee-pain"))
                .post(SYMPTOMS).then().spec(ProblemSpecs.problem(409, SYMPTOMS));
    }

    @Test
    void deletingASymptomThatConditionsListIsA409NamingThem() {
        given().auth().oauth2(Tokens.publisher()).header("If-Match", publicEtagOf("knee-pain"))
                .delete(SYMPTOMS + "/knee-pain").then()
                .spec(ProblemSpecs.problem(409, SYMPTOMS + "/knee-pain"))
                .body("detail", containsString("condition 'it-band-syndrome'"))
                .body("detail", containsString("condition 'runners-knee'"));
        given().get(SYMPTOMS + "/knee-pain").then().statusCode(200);
    }

    @Test
    void aDraftConditionListingTheSymptomAlsoBlocksItsDeletion() {
        String slug = create("test-linked");
        createCondition("test-linking-condition", slug);

        given().auth().oauth2(Tokens.publisher()).header("If-Match", etagOf(slug)).delete(SYMPTOMS + "/" + slug)
                .then().spec(ProblemSpecs.problem(409, SYMPTOMS + "/" + slug))
                .body("detail", containsString("condition 'test-linking-condition'"));
    }

    @Test
    void editorsSeeDraftConditionsListingASymptomAndThePublicDoesNot() {
        createCondition("test-draft-condition", "knee-pain");

        given().get(SYMPTOMS + "/knee-pain").then().statusCode(200)
                .body("conditions.slug", not(hasItem("test-draft-condition")));
        given().get(SYMPTOMS + "?bodyRegion=knee&size=100").then()
                .body("items.find { it.slug == 'knee-pain' }.conditions.slug", not(hasItem("test-draft-condition")));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/knee-pain?status=all").then().statusCode(200)
                .body("conditions.slug", hasItem("test-draft-condition"));
    }

    @Test
    void aDraftSymptomListedByAPublishedConditionStaysHiddenFromThePublic() {
        String slug = create("test-hidden-sign");
        createCondition("test-public-condition", slug);
        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/test-public-condition/publish").then()
                .statusCode(200);

        given().get(CONDITIONS + "/test-public-condition").then().statusCode(200).body("symptoms", empty());
        given().get("/api/v1/condition-matches?symptom=" + slug).then()
                .spec(ProblemSpecs.invalidParameter("/api/v1/condition-matches", "symptom"));
        given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/test-public-condition?status=all").then()
                .body("symptoms.slug", contains(slug));
    }

    @Test
    void everyChangeIsInTheRevisionHistory() {
        String slug = create("test-history");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etagOf(slug))
                .body(Map.of("description", "Second.")).patch(SYMPTOMS + "/" + slug).then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/publish").then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "/revisions").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.action", contains("published", "updated", "created"))
                .body("items.status", contains("published", "draft", "draft"))
                .body("items.author", contains("test-publisher", "test-editor", "test-editor"));
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "/revisions/2").then()
                .statusCode(200)
                .body("content.description", equalTo("Second."))
                .body("content.slug", equalTo(slug))
                .body("contentVersion", notNullValue());
        given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "/revisions/9").then()
                .spec(ProblemSpecs.notFound(SYMPTOMS + "/" + slug + "/revisions/9"));
        given().get(SYMPTOMS + "/" + slug + "/revisions").then()
                .spec(ProblemSpecs.problem(401, SYMPTOMS + "/" + slug + "/revisions"));
    }

    @Test
    void theChangeFeedShowsPublishingAndArchivingButNeverDrafts() {
        String after = latestCursor();
        String slug = create("test-feed");
        given().get("/api/v1/changes?after=" + after).then().body("items", empty());

        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/publish").then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/archive").then().statusCode(200);

        given().get("/api/v1/changes?after=" + after).then().statusCode(200)
                .body("items.slug", contains(slug, slug))
                .body("items.change", contains("created", "deleted"))
                .body("items.type", contains("symptom", "symptom"));
    }

    private static String latestCursor() {
        String next = given().get("/api/v1/changes?size=100").jsonPath().getString("nextCursor");
        while (true) {
            var page = given().get("/api/v1/changes?size=100&after=" + next).jsonPath();
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getString("nextCursor");
        }
    }

    private String create(String slug) {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(slug))
                .post(SYMPTOMS).then().statusCode(201);
        createdSymptoms.add(slug);
        return slug;
    }

    private String createPublished(String slug) {
        create(slug);
        given().auth().oauth2(Tokens.publisher()).post(SYMPTOMS + "/" + slug + "/publish").then().statusCode(200);
        return slug;
    }

    private void createCondition(String slug, String symptom) {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "Test condition", "bodyRegion", "foot",
                        "summary", "Written for the symptom tests.", "description", "Test content only.",
                        "symptoms", List.of(symptom)))
                .post(CONDITIONS).then().statusCode(201);
        createdConditions.add(slug);
    }

    private static void deleteIfPresent(String path) {
        String etag = given().auth().oauth2(Tokens.publisher()).get(path + "?status=all").header("ETag");
        if (etag != null) {
            given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(path).then().statusCode(204);
        }
    }

    private static String etagOf(String slug) {
        return given().auth().oauth2(Tokens.editor()).get(SYMPTOMS + "/" + slug + "?status=all").then()
                .statusCode(200).extract().header("ETag");
    }

    private static String publicEtagOf(String slug) {
        return given().get(SYMPTOMS + "/" + slug).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> document(String slug) {
        return Map.of("slug", slug, "name", "Toe tingle", "bodyRegion", "foot",
                "description", "A pins-and-needles feeling in the toes, written for the tests.");
    }
}
