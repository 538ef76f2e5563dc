package com.runnerinjury.modality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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

/** Editors' and publishers' writes of modalities, and what the public sees of them meanwhile. */
@QuarkusTest
class ModalityEditingResourceTest {

    private static final String MODALITIES = "/api/v1/modalities";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        for (String slug : created) {
            String etag = given().auth().oauth2(Tokens.publisher()).get(MODALITIES + "/" + slug + "?status=all")
                    .header("ETag");
            if (etag != null) {
                given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(MODALITIES + "/" + slug)
                        .then().statusCode(204);
            }
        }
    }

    @Test
    void anEditorCreatesADraftThatThePublicDoesNotSee() {
        String slug = create("test-dry-needling");

        given().get(MODALITIES + "/" + slug).then().spec(ProblemSpecs.notFound(MODALITIES + "/" + slug));
        given().get(MODALITIES + "?size=100").then().body("items.slug", not(hasItem(slug)));
        given().get(MODALITIES + "/" + slug + "/claims").then()
                .spec(ProblemSpecs.notFound(MODALITIES + "/" + slug + "/claims"));
        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "?status=draft").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("name", equalTo("Dry needling"))
                .body("category", equalTo("manual-therapy"))
                .body("whatToExpect", contains("A fine needle goes into a tight band of muscle."))
                .body("typicalSessionMinutes.min", equalTo(15))
                .body("typicalSessionMinutes.max", equalTo(30))
                .body("safetyNotes", contains("See a trained practitioner."))
                .body("claims", empty());
    }

    @Test
    void creatingAnswers201WithLocationAndETag() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("test-location"))
                .post(MODALITIES).then()
                .statusCode(201)
                .header("Location", equalTo(MODALITIES + "/test-location"))
                .header("ETag", startsWith("\""))
                .body("slug", equalTo("test-location"));
        created.add("test-location");
    }

    @Test
    void aModalityWithoutASessionRangeHasANullRange() {
        var body = new HashMap<>(document("test-no-range"));
        body.remove("typicalSessionMinutes");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(MODALITIES).then()
                .statusCode(201).body("typicalSessionMinutes", nullValue());
        created.add("test-no-range");
    }

    @Test
    void aPublisherPublishesAndThePublicSeesIt() {
        String slug = create("test-published");

        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/publish").then().statusCode(200);

        given().get(MODALITIES + "/" + slug).then().statusCode(200).body("name", equalTo("Dry needling"));
        given().get(MODALITIES + "?size=100").then().body("items.slug", hasItem(slug));
        given().get(MODALITIES + "/" + slug + "/claims").then().statusCode(200).body("items", empty());
    }

    @Test
    void editingAPublishedModalityLeavesThePublicVersionUntilPublished() {
        String slug = create("test-published-edit");
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/publish").then().statusCode(200);
        String etag = given().get(MODALITIES + "/" + slug).header("ETag");

        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("name", "Dry needling, edited", "typicalSessionMinutes", Map.of("min", 10, "max", 20)))
                .patch(MODALITIES + "/" + slug).then()
                .statusCode(200).body("name", equalTo("Dry needling, edited"))
                .body("typicalSessionMinutes.max", equalTo(20));

        given().get(MODALITIES + "/" + slug).then().statusCode(200).body("name", equalTo("Dry needling"))
                .body("typicalSessionMinutes.max", equalTo(30));
        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "?status=draft").then()
                .statusCode(200).body("name", equalTo("Dry needling, edited"));

        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/publish").then().statusCode(200);
        given().get(MODALITIES + "/" + slug).then().statusCode(200).body("name", equalTo("Dry needling, edited"))
                .body("typicalSessionMinutes.max", equalTo(20));
    }

    @Test
    void replacingADraftChangesItInPlace() {
        String slug = create("test-replace");
        var body = new HashMap<>(document(slug));
        body.put("category", "rehabilitation");
        body.put("safetyNotes", List.of());

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", etagOf(slug))
                .body(body).put(MODALITIES + "/" + slug).then()
                .statusCode(200)
                .header("ETag", startsWith("\""))
                .body("category", equalTo("rehabilitation"))
                .body("safetyNotes", empty());
    }

    @Test
    void aDraftOfAPublishedModalityCanBeDiscarded() {
        String slug = create("test-discard");
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/publish").then().statusCode(200);
        String etag = given().get(MODALITIES + "/" + slug).header("ETag");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("summary", "A changed summary.")).patch(MODALITIES + "/" + slug).then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).delete(MODALITIES + "/" + slug + "/draft").then().statusCode(200)
                .body("summary", equalTo("Needling of tight muscle bands."));
        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "?status=draft").then()
                .statusCode(404);
    }

    @Test
    void archivingAnswersGoneToThePublic() {
        String slug = create("test-archived");
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/publish").then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/archive").then().statusCode(200)
                .body("slug", equalTo(slug));

        given().get(MODALITIES + "/" + slug).then().spec(ProblemSpecs.problem(410, MODALITIES + "/" + slug))
                .body("type", equalTo("urn:runner-injury:problem:gone"));
        given().get(MODALITIES + "?size=100").then().body("items.slug", not(hasItem(slug)));
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/archive").then()
                .spec(ProblemSpecs.problem(409, MODALITIES + "/" + slug + "/archive"));
    }

    @Test
    void aPublisherMarksAModalityReviewed() {
        String slug = create("test-reviewed");
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/review").then().statusCode(200)
                .body("lastReviewed", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
    }

    @Test
    void aWriteWithoutIfMatchIsRefusedWith428() {
        String slug = create("test-no-if-match");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(slug))
                .put(MODALITIES + "/" + slug).then()
                .spec(ProblemSpecs.problem(428, MODALITIES + "/" + slug));
        given().auth().oauth2(Tokens.publisher()).delete(MODALITIES + "/" + slug).then()
                .spec(ProblemSpecs.problem(428, MODALITIES + "/" + slug));
    }

    @Test
    void aWriteWithAStaleIfMatchIsRefusedWith412AndTheCurrentETag() {
        String slug = create("test-stale");
        String first = etagOf(slug);
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", first)
                .body(Map.of("summary", "Second version.")).patch(MODALITIES + "/" + slug).then().statusCode(200);
        String current = etagOf(slug);

        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", first)
                .body(Map.of("summary", "Lost update.")).patch(MODALITIES + "/" + slug).then()
                .spec(ProblemSpecs.problem(412, MODALITIES + "/" + slug))
                .header("ETag", current)
                .body("currentEtag", equalTo(current));
        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "?status=all").then()
                .body("summary", equalTo("Second version."));
    }

    @Test
    void anAnonymousWriteIsRefusedWith401AndAChallenge() {
        given().contentType(ContentType.JSON).body(document("test-anonymous")).post(MODALITIES).then()
                .spec(ProblemSpecs.problem(401, MODALITIES))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().get(MODALITIES + "/acupuncture?status=draft").then()
                .spec(ProblemSpecs.problem(401, MODALITIES + "/acupuncture"));
    }

    @Test
    void anEditorMayNotPublishArchiveReviewOrDelete() {
        String slug = create("test-editor-role");
        for (String action : List.of("publish", "archive", "review")) {
            given().auth().oauth2(Tokens.editor()).post(MODALITIES + "/" + slug + "/" + action).then()
                    .spec(ProblemSpecs.problem(403, MODALITIES + "/" + slug + "/" + action));
        }
        given().auth().oauth2(Tokens.editor()).header("If-Match", etagOf(slug)).delete(MODALITIES + "/" + slug)
                .then().spec(ProblemSpecs.problem(403, MODALITIES + "/" + slug));
    }

    @Test
    void aTokenWithoutAnEditorialRoleMayNotWriteOrReadDrafts() {
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(document("test-reader"))
                .post(MODALITIES).then().spec(ProblemSpecs.problem(403, MODALITIES));
        given().auth().oauth2(Tokens.reader()).get(MODALITIES + "/acupuncture?status=all").then()
                .spec(ProblemSpecs.problem(403, MODALITIES + "/acupuncture"));
    }

    @Test
    void aSessionRangeWhoseMaxIsBelowItsMinIsA400NamingMax() {
        var body = new HashMap<>(document("test-range-order"));
        body.put("typicalSessionMinutes", Map.of("min", 30, "max", 20));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(MODALITIES).then()
                .spec(ProblemSpecs.problem(400, MODALITIES))
                .body("type", equalTo("urn:runner-injury:problem:invalid-body"))
                .body("errors.field", contains("typicalSessionMinutes.max"))
                .body("errors.message", contains("must not be less than min"));
        body.put("typicalSessionMinutes", Map.of("min", 0, "max", 20));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(MODALITIES).then()
                .spec(ProblemSpecs.problem(400, MODALITIES))
                .body("errors.field", contains("typicalSessionMinutes.min"));
    }

    @Test
    void anInvalidBodyNamesEveryBadField() {
        var body = new HashMap<>(document("Not A Slug"));
        body.remove("name");
        body.put("category", "surgery");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(MODALITIES).then()
                .spec(ProblemSpecs.problem(400, MODALITIES))
                .body("errors.field", contains("category"))
                .body("errors.message", contains(containsString("manual-therapy")));
        body.remove("category");
        body.put("whatToExpect", List.of(" "));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(MODALITIES).then()
                .spec(ProblemSpecs.problem(400, MODALITIES))
                .body("errors.field", contains("category", "name", "slug", "whatToExpect[0]"));
    }

    @Test
    void anUnknownFieldIsA400() {
        var body = new HashMap<>(document("test-unknown-field"));
        body.put("steps", List.of("One."));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(MODALITIES).then()
                .spec(ProblemSpecs.problem(400, MODALITIES))
                .body("errors.field", contains("steps"));
    }

    @Test
    void aTakenSlugIsA409() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("acupuncture"))
                .post(MODALITIES).then().spec(ProblemSpecs.problem(409, MODALITIES));
    }

    @Test
    void theSlugOfAModalityCannotChange() {
        String slug = create("test-fixed-slug");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", etagOf(slug))
                .body(document("test-other-slug")).put(MODALITIES + "/" + slug).then()
                .spec(ProblemSpecs.problem(400, MODALITIES + "/" + slug))
                .body("errors.field", contains("slug"));
    }

    @Test
    void deletingAModalityThatClaimsAreForIsA409NamingThem() {
        String etag = given().get(MODALITIES + "/cupping").header("ETag");
        given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(MODALITIES + "/cupping").then()
                .spec(ProblemSpecs.problem(409, MODALITIES + "/cupping"))
                .body("detail", containsString("claim 'cupping-back-pain'"));
        given().get(MODALITIES + "/cupping").then().statusCode(200);
    }

    @Test
    void aPublisherDeletesAModalityNoClaimIsFor() {
        String slug = create("test-deleted");
        given().auth().oauth2(Tokens.publisher()).header("If-Match", etagOf(slug)).delete(MODALITIES + "/" + slug)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "?status=all").then()
                .spec(ProblemSpecs.notFound(MODALITIES + "/" + slug));
    }

    @Test
    void everyChangeIsInTheRevisionHistory() {
        String slug = create("test-history");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH)
                .header("If-Match", etagOf(slug)).body(Map.of("summary", "Second.")).patch(MODALITIES + "/" + slug)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/publish").then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "/revisions").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.action", contains("published", "updated", "created"))
                .body("items.author", contains("test-publisher", "test-editor", "test-editor"));
        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "/revisions/2").then()
                .statusCode(200)
                .body("content.summary", equalTo("Second."))
                .body("content.typicalSessionMinutes.min", equalTo(15))
                .body("contentVersion", notNullValue());
        given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "/revisions/9").then()
                .spec(ProblemSpecs.notFound(MODALITIES + "/" + slug + "/revisions/9"));
        given().get(MODALITIES + "/" + slug + "/revisions").then()
                .spec(ProblemSpecs.problem(401, MODALITIES + "/" + slug + "/revisions"));
    }

    @Test
    void theChangeFeedShowsPublishingAndArchivingButNeverDrafts() {
        String after = latestCursor();
        String slug = create("test-feed");
        given().get("/api/v1/changes?after=" + after).then().body("items", empty());

        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/publish").then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/" + slug + "/archive").then().statusCode(200);

        given().get("/api/v1/changes?after=" + after).then().statusCode(200)
                .body("items.slug", contains(slug, slug))
                .body("items.change", contains("created", "deleted"))
                .body("items.type", contains("modality", "modality"));
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
                .post(MODALITIES).then().statusCode(201);
        created.add(slug);
        return slug;
    }

    private static String etagOf(String slug) {
        return given().auth().oauth2(Tokens.editor()).get(MODALITIES + "/" + slug + "?status=all").then()
                .statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> document(String slug) {
        return Map.of("slug", slug, "name", "Dry needling", "category", "manual-therapy",
                "summary", "Needling of tight muscle bands.",
                "description", "Test content written for the editorial tests only.",
                "whatToExpect", List.of("A fine needle goes into a tight band of muscle."),
                "typicalSessionMinutes", Map.of("min", 15, "max", 30),
                "safetyNotes", List.of("See a trained practitioner."));
    }
}
