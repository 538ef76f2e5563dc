package com.runnerinjury.claim;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Editors' and publishers' writes of claims, and that a draft claim stays out of every public read: the claim
 * itself, the claim lists, the condition and modality details, the source counts and the change feed.
 */
@QuarkusTest
class ClaimEditingResourceTest {

    private static final String CLAIMS = "/api/v1/claims";
    private static final String MODALITIES = "/api/v1/modalities";
    private static final String CONDITION = "/api/v1/conditions/plantar-fasciitis";
    private static final String MODALITY = MODALITIES + "/acupuncture";
    private static final String SOURCE = "/api/v1/sources/how-acupuncture-helps-runners";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    /** What each test created, deleted newest first so claims go before the modalities they are for. */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        Collections.reverse(created);
        for (String path : created) {
            String etag = given().auth().oauth2(Tokens.publisher()).get(path + "?status=all").header("ETag");
            if (etag != null) {
                given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(path).then()
                        .statusCode(204);
            }
        }
    }

    @Test
    void aDraftClaimIsHiddenFromEveryPublicRead() {
        long citing = claimCountOf(SOURCE);
        String after = latestCursor();
        String id = create("test-draft-claim");

        given().get(CLAIMS + "/" + id).then().spec(ProblemSpecs.notFound(CLAIMS + "/" + id));
        given().get(CLAIMS + "?modality=acupuncture&size=100").then().body("items.id", not(hasItem(id)));
        given().get(CONDITION + "/claims?size=100").then().body("items.id", not(hasItem(id)));
        given().get(MODALITY + "/claims?size=100").then().body("items.id", not(hasItem(id)));
        given().get(CONDITION).then().body("claims.id", not(hasItem(id)));
        given().get(MODALITY).then().body("claims.id", not(hasItem(id)));
        given().get(SOURCE).then().body("claimCount", equalTo((int) citing));
        given().get("/api/v1/changes?after=" + after).then().body("items", empty());

        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/" + id + "?status=draft").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("statement", equalTo("A test statement, attributed to its source."))
                .body("modality.slug", equalTo("acupuncture"))
                .body("condition.slug", equalTo("plantar-fasciitis"))
                .body("sources.id", contains("how-acupuncture-helps-runners"))
                .body("disclaimer", notNullValue());
        given().auth().oauth2(Tokens.editor()).get(CONDITION + "?status=all").then()
                .statusCode(200).body("claims.id", hasItem(id));
        given().auth().oauth2(Tokens.editor()).get(MODALITY + "?status=all").then()
                .statusCode(200).body("claims.id", hasItem(id));
    }

    @Test
    void aPublishedClaimAppearsInEveryPublicRead() {
        long citing = claimCountOf(SOURCE);
        String after = latestCursor();
        String id = create("test-published-claim");

        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/publish").then().statusCode(200);

        given().get(CLAIMS + "/" + id).then().statusCode(200).body("outcome", equalTo("pain-relief"));
        given().get(CLAIMS + "?modality=acupuncture&size=100").then().body("items.id", hasItem(id));
        given().get(CONDITION + "/claims?size=100").then().body("items.id", hasItem(id));
        given().get(MODALITY + "/claims?size=100").then().body("items.id", hasItem(id));
        given().get(CONDITION).then().body("claims.id", hasItem(id));
        given().get(MODALITY).then().body("claims.id", hasItem(id));
        given().get(SOURCE).then().body("claimCount", equalTo((int) citing + 1));
        given().get("/api/v1/changes?after=" + after).then()
                .body("items.id", contains(id))
                .body("items[0].slug", nullValue())
                .body("items.type", contains("claim"))
                .body("items.change", contains("created"));
    }

    @Test
    void creatingAnswers201WithLocationAndETag() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("test-location"))
                .post(CLAIMS).then()
                .statusCode(201)
                .header("Location", equalTo(CLAIMS + "/test-location"))
                .header("ETag", startsWith("\""))
                .body("id", equalTo("test-location"));
        created.add(CLAIMS + "/test-location");
    }

    @Test
    void aGeneralClaimHasNoCondition() {
        var body = new HashMap<>(document("test-general"));
        body.put("condition", null);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .statusCode(201).body("condition", nullValue());
        created.add(CLAIMS + "/test-general");
        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/test-general/publish").then().statusCode(200);

        given().get(MODALITY).then().body("claims.find { it.id == 'test-general' }.condition", nullValue());
    }

    @Test
    void aPublishedClaimForADraftModalityStaysHidden() {
        createModality("test-claim-modality");
        var body = new HashMap<>(document("test-draft-modality-claim"));
        body.put("modality", "test-claim-modality");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .statusCode(201).body("modality.slug", equalTo("test-claim-modality"));
        created.add(CLAIMS + "/test-draft-modality-claim");

        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/test-draft-modality-claim/publish").then()
                .statusCode(200);

        given().get(CLAIMS + "/test-draft-modality-claim").then()
                .spec(ProblemSpecs.notFound(CLAIMS + "/test-draft-modality-claim"));
        given().get(CONDITION).then().body("claims.id", not(hasItem("test-draft-modality-claim")));
    }

    @Test
    void aClaimKeepsItsModalityFromBeingDeletedUntilItIsDeleted() {
        createModality("test-linked-modality");
        var body = new HashMap<>(document("test-linking-claim"));
        body.put("modality", "test-linked-modality");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .statusCode(201);
        created.add(CLAIMS + "/test-linking-claim");

        given().auth().oauth2(Tokens.publisher()).header("If-Match", etagOf(MODALITIES + "/test-linked-modality"))
                .delete(MODALITIES + "/test-linked-modality").then()
                .spec(ProblemSpecs.problem(409, MODALITIES + "/test-linked-modality"))
                .body("detail", containsString("claim 'test-linking-claim'"));

        given().auth().oauth2(Tokens.publisher()).header("If-Match", etagOf(CLAIMS + "/test-linking-claim"))
                .delete(CLAIMS + "/test-linking-claim").then().statusCode(204);
        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/test-linking-claim?status=all").then()
                .spec(ProblemSpecs.notFound(CLAIMS + "/test-linking-claim"));
        given().auth().oauth2(Tokens.publisher()).header("If-Match", etagOf(MODALITIES + "/test-linked-modality"))
                .delete(MODALITIES + "/test-linked-modality").then().statusCode(204);
    }

    @Test
    void editingAPublishedClaimLeavesThePublicVersionUntilPublished() {
        String id = create("test-published-edit");
        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/publish").then().statusCode(200);
        String etag = given().get(CLAIMS + "/" + id).header("ETag");

        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("evidenceLevel", "weak", "sources",
                        List.of("how-acupuncture-helps-runners", "acupuncture-in-running")))
                .patch(CLAIMS + "/" + id).then()
                .statusCode(200).body("evidenceLevel", equalTo("weak"))
                .body("sources.id", contains("acupuncture-in-running", "how-acupuncture-helps-runners"));

        given().get(CLAIMS + "/" + id).then().statusCode(200).body("evidenceLevel", equalTo("practitioner-opinion"))
                .body("sources.id", contains("how-acupuncture-helps-runners"));
        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/" + id + "?status=draft").then()
                .statusCode(200).body("evidenceLevel", equalTo("weak"));

        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/publish").then().statusCode(200);
        given().get(CLAIMS + "/" + id).then().statusCode(200).body("evidenceLevel", equalTo("weak"))
                .body("sources.id", contains("acupuncture-in-running", "how-acupuncture-helps-runners"));
    }

    @Test
    void patchingNullMakesAGeneralClaim() {
        String id = create("test-patch-null");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etagOf(CLAIMS + "/" + id))
                .body("{\"condition\": null, \"mechanism\": null}").patch(CLAIMS + "/" + id).then()
                .statusCode(200).body("condition", nullValue()).body("mechanism", nullValue());
    }

    @Test
    void aDraftOfAPublishedClaimCanBeDiscarded() {
        String id = create("test-discard");
        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/publish").then().statusCode(200);
        String etag = given().get(CLAIMS + "/" + id).header("ETag");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("statement", "A changed statement.")).patch(CLAIMS + "/" + id).then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).delete(CLAIMS + "/" + id + "/draft").then().statusCode(200)
                .body("statement", equalTo("A test statement, attributed to its source."));
        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/" + id + "?status=draft").then().statusCode(404);
    }

    @Test
    void archivingAnswersGoneToThePublicAndLeavesTheDetails() {
        String id = create("test-archived");
        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/publish").then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/archive").then().statusCode(200);

        given().get(CLAIMS + "/" + id).then().spec(ProblemSpecs.problem(410, CLAIMS + "/" + id))
                .body("type", equalTo("urn:runner-injury:problem:gone"));
        given().get(CONDITION).then().body("claims.id", not(hasItem(id)));
        given().get(CLAIMS + "?modality=acupuncture&size=100").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void aPublisherMarksAClaimReviewed() {
        String id = create("test-reviewed");
        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/review").then().statusCode(200)
                .body("lastReviewed", notNullValue());
    }

    @Test
    void aWriteWithoutIfMatchIsRefusedWith428() {
        String id = create("test-no-if-match");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(id))
                .put(CLAIMS + "/" + id).then()
                .spec(ProblemSpecs.problem(428, CLAIMS + "/" + id));
    }

    @Test
    void aWriteWithAStaleIfMatchIsRefusedWith412AndTheCurrentETag() {
        String id = create("test-stale");
        String first = etagOf(CLAIMS + "/" + id);
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", first)
                .body(Map.of("statement", "Second version.")).patch(CLAIMS + "/" + id).then().statusCode(200);
        String current = etagOf(CLAIMS + "/" + id);

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", first)
                .body(document(id)).put(CLAIMS + "/" + id).then()
                .spec(ProblemSpecs.problem(412, CLAIMS + "/" + id))
                .header("ETag", current)
                .body("currentEtag", equalTo(current));
        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/" + id + "?status=all").then()
                .body("statement", equalTo("Second version."));
    }

    @Test
    void anAnonymousWriteIsRefusedWith401AndAChallenge() {
        given().contentType(ContentType.JSON).body(document("test-anonymous")).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(401, CLAIMS))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anEditorMayNotPublishOrDelete() {
        String id = create("test-editor-role");
        given().auth().oauth2(Tokens.editor()).post(CLAIMS + "/" + id + "/publish").then()
                .spec(ProblemSpecs.problem(403, CLAIMS + "/" + id + "/publish"));
        given().auth().oauth2(Tokens.editor()).header("If-Match", etagOf(CLAIMS + "/" + id))
                .delete(CLAIMS + "/" + id).then().spec(ProblemSpecs.problem(403, CLAIMS + "/" + id));
        given().auth().oauth2(Tokens.reader()).get(CLAIMS + "/" + id + "?status=draft").then()
                .spec(ProblemSpecs.problem(403, CLAIMS + "/" + id));
    }

    @Test
    void aLinkToMissingContentIsA400NamingEachField() {
        var body = new HashMap<>(document("test-missing-links"));
        body.put("modality", "no-such-modality");
        body.put("condition", "no-such-condition");
        body.put("sources", List.of("how-acupuncture-helps-runners", "no-such-source"));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(400, CLAIMS))
                .body("type", equalTo("urn:runner-injury:problem:invalid-body"))
                .body("errors.field", contains("modality", "condition", "sources[1]"))
                .body("errors[2].message", containsString("'no-such-source'"));
        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/test-missing-links?status=all").then()
                .spec(ProblemSpecs.notFound(CLAIMS + "/test-missing-links"));
    }

    @Test
    void aLinkToArchivedContentIsA400() {
        createModality("test-archived-modality");
        given().auth().oauth2(Tokens.publisher()).post(MODALITIES + "/test-archived-modality/archive").then()
                .statusCode(200);
        var body = new HashMap<>(document("test-archived-link"));
        body.put("modality", "test-archived-modality");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(400, CLAIMS))
                .body("errors.field", contains("modality"));
    }

    @Test
    void aClaimNeedsAModalityAndASource() {
        var body = new HashMap<>(document("test-no-source"));
        body.remove("modality");
        body.put("sources", List.of());
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(400, CLAIMS))
                .body("errors.field", contains("modality", "sources"));
    }

    @Test
    void anEnumIsReadByItsWireValue() {
        var body = new HashMap<>(document("test-bad-outcome"));
        body.put("outcome", "PAIN_RELIEF");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(400, CLAIMS))
                .body("errors.field", contains("outcome"))
                .body("errors.message", contains(containsString("pain-relief")));
        body.put("outcome", "pain-relief");
        body.put("evidenceLevel", "proven");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(400, CLAIMS))
                .body("errors.field", contains("evidenceLevel"));
    }

    @Test
    void anInvalidBodyNamesEveryBadField() {
        var body = new HashMap<>(document("Not An Id"));
        body.put("statement", "");
        body.put("finding", " ");
        body.put("caveats", List.of(""));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(400, CLAIMS))
                .body("errors.field", contains("caveats[0]", "finding", "id", "statement"));
    }

    @Test
    void anUnknownFieldIsA400() {
        var body = new HashMap<>(document("test-unknown-field"));
        body.put("strength", "high");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(400, CLAIMS))
                .body("errors.field", contains("strength"));
    }

    @Test
    void aTakenIdIsA409() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(document("acupuncture-plantar-fasciitis-treatment")).post(CLAIMS).then()
                .spec(ProblemSpecs.problem(409, CLAIMS));
    }

    @Test
    void everyChangeIsInTheRevisionHistory() {
        String id = create("test-history");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etagOf(CLAIMS + "/" + id))
                .body(Map.of("caveats", List.of("A second caveat."))).patch(CLAIMS + "/" + id).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(CLAIMS + "/" + id + "/publish").then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/" + id + "/revisions").then()
                .statusCode(200)
                .body("items.action", contains("published", "updated", "created"))
                .body("items.author", contains("test-publisher", "test-editor", "test-editor"));
        given().auth().oauth2(Tokens.editor()).get(CLAIMS + "/" + id + "/revisions/2").then()
                .statusCode(200)
                .body("content.caveats", contains("A second caveat."))
                .body("content.modality", equalTo("acupuncture"))
                .body("content.sources", contains("how-acupuncture-helps-runners"))
                .body("contentVersion", notNullValue());
        given().get(CLAIMS + "/" + id + "/revisions").then()
                .spec(ProblemSpecs.problem(401, CLAIMS + "/" + id + "/revisions"));
    }

    private static long claimCountOf(String source) {
        return given().get(source).then().statusCode(200).extract().jsonPath().getLong("claimCount");
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

    private String create(String id) {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(id))
                .post(CLAIMS).then().statusCode(201);
        created.add(CLAIMS + "/" + id);
        return id;
    }

    /** A draft modality, with no claims for it yet. */
    private void createModality(String slug) {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "Test modality", "category", "manual-therapy",
                        "summary", "A modality for the claim tests.",
                        "description", "Test content written for the editorial tests only."))
                .post(MODALITIES).then().statusCode(201);
        created.add(MODALITIES + "/" + slug);
    }

    private static String etagOf(String path) {
        return given().auth().oauth2(Tokens.editor()).get(path + "?status=all").then()
                .statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> document(String id) {
        var document = new HashMap<String, Object>();
        document.put("id", id);
        document.put("statement", "A test statement, attributed to its source.");
        document.put("modality", "acupuncture");
        document.put("condition", "plantar-fasciitis");
        document.put("outcome", "pain-relief");
        document.put("evidenceLevel", "practitioner-opinion");
        document.put("mechanism", "Test content written for the editorial tests only.");
        document.put("finding", null);
        document.put("caveats", List.of("No study is named."));
        document.put("sources", List.of("how-acupuncture-helps-runners"));
        return document;
    }
}
