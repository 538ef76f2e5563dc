package com.runnerinjury.source;

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

/** Editors' and publishers' writes of sources, and what the public sees of them meanwhile. */
@QuarkusTest
class SourceEditingResourceTest {

    private static final String SOURCES = "/api/v1/sources";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String CITED = "how-acupuncture-helps-runners";

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        for (String id : created) {
            String etag = given().auth().oauth2(Tokens.publisher()).get(SOURCES + "/" + id + "?status=all")
                    .header("ETag");
            if (etag != null) {
                given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(SOURCES + "/" + id)
                        .then().statusCode(204);
            }
        }
    }

    @Test
    void anEditorCreatesADraftThatThePublicDoesNotSee() {
        String id = create("test-running-manual");

        given().get(SOURCES + "/" + id).then().spec(ProblemSpecs.notFound(SOURCES + "/" + id));
        given().get(SOURCES + "?size=100").then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "?status=draft").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", startsWith("\""))
                .body("title", equalTo("A Test Manual of Running"))
                .body("kind", equalTo("study"))
                .body("url", equalTo("https://example.org/running-manual"))
                .body("publisher", nullValue())
                .body("claimCount", equalTo(0));
    }

    @Test
    void creatingAnswers201WithLocationAndETag() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("test-location"))
                .post(SOURCES).then()
                .statusCode(201)
                .header("Location", equalTo(SOURCES + "/test-location"))
                .header("ETag", startsWith("\""))
                .body("id", equalTo("test-location"))
                .body("lastReviewed", nullValue());
        created.add("test-location");
    }

    @Test
    void aPublisherPublishesAndThePublicSeesIt() {
        String id = create("test-published");

        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/publish").then().statusCode(200);

        given().get(SOURCES + "/" + id).then().statusCode(200)
                .body("title", equalTo("A Test Manual of Running"))
                .body("author", equalTo("Test Author"));
        given().get(SOURCES + "?size=100").then().body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/publish").then()
                .spec(ProblemSpecs.problem(409, SOURCES + "/" + id + "/publish"));
    }

    @Test
    void replacingAPublishedSourceLeavesThePublicVersionUntilPublished() {
        String id = createPublished("test-published-edit");
        var changed = new HashMap<>(document(id));
        changed.put("title", "A Test Manual of Running, Second Edition");

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", publicEtagOf(id))
                .body(changed).put(SOURCES + "/" + id).then()
                .statusCode(200).body("title", equalTo("A Test Manual of Running, Second Edition"));

        given().get(SOURCES + "/" + id).then().statusCode(200).body("title", equalTo("A Test Manual of Running"));
        given().get(SOURCES + "?size=100").then()
                .body("items.find { it.id == '" + id + "' }.title", equalTo("A Test Manual of Running"));
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "?status=draft").then()
                .statusCode(200).body("title", equalTo("A Test Manual of Running, Second Edition"));

        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/publish").then().statusCode(200);
        given().get(SOURCES + "/" + id).then().statusCode(200)
                .body("title", equalTo("A Test Manual of Running, Second Edition"));
    }

    @Test
    void aNullInAMergePatchClearsAnOptionalField() {
        String id = create("test-patch");

        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etagOf(id))
                .body("{\"url\": null, \"kind\": \"consumer-article\"}").patch(SOURCES + "/" + id).then()
                .statusCode(200)
                .body("url", nullValue())
                .body("kind", equalTo("consumer-article"))
                .body("author", equalTo("Test Author"));
    }

    @Test
    void aDraftOfAPublishedSourceCanBeDiscarded() {
        String id = createPublished("test-discard");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", publicEtagOf(id))
                .body(Map.of("publisher", "Test Press")).patch(SOURCES + "/" + id).then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).delete(SOURCES + "/" + id + "/draft").then().statusCode(200)
                .body("publisher", nullValue());
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "?status=draft").then()
                .spec(ProblemSpecs.notFound(SOURCES + "/" + id));
    }

    @Test
    void archivingAnswersGoneToThePublic() {
        String id = createPublished("test-archived");

        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/archive").then().statusCode(200);

        given().get(SOURCES + "/" + id).then().spec(ProblemSpecs.problem(410, SOURCES + "/" + id))
                .body("type", equalTo("urn:runner-injury:problem:gone"));
        given().get(SOURCES + "?size=100").then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "?status=all").then()
                .statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aPublisherMarksASourceReviewed() {
        String id = create("test-reviewed");

        given().auth().oauth2(Tokens.editor()).post(SOURCES + "/" + id + "/review").then()
                .spec(ProblemSpecs.problem(403, SOURCES + "/" + id + "/review"));
        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/review").then()
                .statusCode(200)
                .body("lastReviewed", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
    }

    @Test
    void aPublisherDeletesAnUncitedSourceForGood() {
        String id = createPublished("test-deleted");

        given().auth().oauth2(Tokens.publisher()).header("If-Match", publicEtagOf(id)).delete(SOURCES + "/" + id)
                .then().statusCode(204);

        given().get(SOURCES + "/" + id).then().spec(ProblemSpecs.notFound(SOURCES + "/" + id));
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "/revisions").then()
                .statusCode(200).body("items.action", contains("deleted", "published", "created"));
    }

    @Test
    void writesWithoutIfMatchAreRefusedWith428() {
        String id = create("test-no-if-match");
        String path = SOURCES + "/" + id;

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(id)).put(path).then()
                .spec(ProblemSpecs.problem(428, path));
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).body(Map.of("title", "New")).patch(path)
                .then().spec(ProblemSpecs.problem(428, path));
        given().auth().oauth2(Tokens.publisher()).delete(path).then().spec(ProblemSpecs.problem(428, path));
    }

    @Test
    void aWriteWithAStaleIfMatchIsRefusedWith412AndTheCurrentETag() {
        String id = create("test-stale");
        String first = etagOf(id);
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", first)
                .body(Map.of("title", "Second version")).patch(SOURCES + "/" + id).then().statusCode(200);
        String current = etagOf(id);

        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).header("If-Match", first)
                .body(document(id)).put(SOURCES + "/" + id).then()
                .spec(ProblemSpecs.problem(412, SOURCES + "/" + id))
                .header("ETag", current)
                .body("currentEtag", equalTo(current));
        given().auth().oauth2(Tokens.publisher()).header("If-Match", first).post(SOURCES + "/" + id + "/publish")
                .then().spec(ProblemSpecs.problem(412, SOURCES + "/" + id + "/publish"));
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "?status=all").then()
                .body("title", equalTo("Second version"));
    }

    @Test
    void writesToAnUnknownSourceAre404() {
        String path = SOURCES + "/no-such-source";
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", "\"x\"")
                .body(Map.of("title", "New")).patch(path).then().spec(ProblemSpecs.notFound(path));
        given().auth().oauth2(Tokens.publisher()).post(path + "/archive").then()
                .spec(ProblemSpecs.notFound(path + "/archive"));
        given().auth().oauth2(Tokens.editor()).get(path + "?status=draft").then().spec(ProblemSpecs.notFound(path));
        given().auth().oauth2(Tokens.editor()).get(path + "/revisions/1").then()
                .spec(ProblemSpecs.notFound(path + "/revisions/1"));
    }

    @Test
    void anAnonymousWriteIsRefusedWith401AndAChallenge() {
        given().contentType(ContentType.JSON).body(document("test-anonymous")).post(SOURCES).then()
                .spec(ProblemSpecs.problem(401, SOURCES))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().get(SOURCES + "/" + CITED + "?status=all").then()
                .spec(ProblemSpecs.problem(401, SOURCES + "/" + CITED));
    }

    @Test
    void anEditorMayNotPublishOrDelete() {
        String id = create("test-editor-role");
        String path = SOURCES + "/" + id;

        given().auth().oauth2(Tokens.editor()).post(path + "/publish").then()
                .spec(ProblemSpecs.problem(403, path + "/publish"));
        given().auth().oauth2(Tokens.editor()).header("If-Match", etagOf(id)).delete(path).then()
                .spec(ProblemSpecs.problem(403, path));
    }

    @Test
    void aTokenWithoutAnEditorialRoleMayNotWriteOrReadDrafts() {
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(document("test-reader"))
                .post(SOURCES).then().spec(ProblemSpecs.problem(403, SOURCES));
        given().auth().oauth2(Tokens.reader()).get(SOURCES + "/" + CITED + "?status=draft").then()
                .spec(ProblemSpecs.problem(403, SOURCES + "/" + CITED));
    }

    @Test
    void anInvalidBodyNamesEveryBadField() {
        var body = new HashMap<>(document("Not_An_Id"));
        body.remove("title");
        body.put("url", "ftp://example.org/manual");
        body.put("author", "");
        body.put("publisher", "p".repeat(201));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(SOURCES).then()
                .spec(ProblemSpecs.problem(400, SOURCES))
                .body("type", equalTo("urn:runner-injury:problem:invalid-body"))
                .body("errors.field", containsInAnyOrder("author", "id", "publisher", "title", "url"));
    }

    @Test
    void aKindOutsideTheListIsA400NamingIt() {
        var body = new HashMap<>(document("test-blog"));
        body.put("kind", "blog-post");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(SOURCES).then()
                .spec(ProblemSpecs.problem(400, SOURCES))
                .body("errors.field", contains("kind"));
    }

    @Test
    void anUnknownFieldIsA400() {
        var body = new HashMap<>(document("test-unknown-field"));
        body.put("claimCount", 3);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(SOURCES).then()
                .spec(ProblemSpecs.problem(400, SOURCES))
                .body("errors.field", contains("claimCount"));
    }

    @Test
    void anIdCannotChange() {
        String id = create("test-id-stays");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etagOf(id))
                .body(Map.of("id", "test-id-moved")).patch(SOURCES + "/" + id).then()
                .spec(ProblemSpecs.problem(400, SOURCES + "/" + id))
                .body("errors.field", contains("id"));
    }

    @Test
    void aTakenIdIsA409() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(CITED))
                .post(SOURCES).then().spec(ProblemSpecs.problem(409, SOURCES));
    }

    @Test
    void deletingASourceThatClaimsCiteIsA409NamingThem() {
        given().auth().oauth2(Tokens.publisher()).header("If-Match", publicEtagOf(CITED))
                .delete(SOURCES + "/" + CITED).then()
                .spec(ProblemSpecs.problem(409, SOURCES + "/" + CITED))
                .body("detail", containsString("claim 'acupuncture-"));
        given().get(SOURCES + "/" + CITED).then().statusCode(200);
    }

    @Test
    void editorsReadTheSameClaimCountWhileNoClaimIsADraft() {
        long published = given().get(SOURCES + "/" + CITED).jsonPath().getLong("claimCount");
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + CITED + "?status=all").then()
                .statusCode(200).body("claimCount", equalTo((int) published));
    }

    @Test
    void everyChangeIsInTheRevisionHistory() {
        String id = create("test-history");
        given().auth().oauth2(Tokens.editor()).contentType(MERGE_PATCH).header("If-Match", etagOf(id))
                .body(Map.of("title", "Second")).patch(SOURCES + "/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/publish").then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "/revisions").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.action", contains("published", "updated", "created"))
                .body("items.author", contains("test-publisher", "test-editor", "test-editor"));
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "/revisions/2").then()
                .statusCode(200)
                .body("content.title", equalTo("Second"))
                .body("content.id", equalTo(id))
                .body("contentVersion", notNullValue());
        given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "/revisions/first").then()
                .spec(ProblemSpecs.notFound(SOURCES + "/" + id + "/revisions/first"));
        given().auth().oauth2(Tokens.reader()).get(SOURCES + "/" + id + "/revisions").then()
                .spec(ProblemSpecs.problem(403, SOURCES + "/" + id + "/revisions"));
    }

    @Test
    void theChangeFeedNamesSourcesByIdAndNeverShowsDrafts() {
        String after = latestCursor();
        String id = create("test-feed");
        given().get("/api/v1/changes?after=" + after).then().body("items", empty());

        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/publish").then().statusCode(200);

        given().get("/api/v1/changes?after=" + after).then().statusCode(200)
                .body("items.id", contains(id))
                .body("items.slug", contains((Object) null))
                .body("items.change", contains("created"))
                .body("items.type", contains("source"));
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
                .post(SOURCES).then().statusCode(201);
        created.add(id);
        return id;
    }

    private String createPublished(String id) {
        create(id);
        given().auth().oauth2(Tokens.publisher()).post(SOURCES + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static String etagOf(String id) {
        return given().auth().oauth2(Tokens.editor()).get(SOURCES + "/" + id + "?status=all").then()
                .statusCode(200).extract().header("ETag");
    }

    private static String publicEtagOf(String id) {
        return given().get(SOURCES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** A source with no publisher: a null the API sends and accepts. */
    private static Map<String, Object> document(String id) {
        var document = new HashMap<String, Object>(Map.of("id", id, "title", "A Test Manual of Running",
                "author", "Test Author", "authorCredentials", "Written for the tests", "kind", "study",
                "url", "https://example.org/running-manual"));
        document.put("publisher", null);
        return document;
    }
}
