package com.runnerinjury.condition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.runnerinjury.support.ProblemSpecs;
import com.runnerinjury.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionEditingResourceTest {

    private static final String CONDITIONS = "/api/v1/conditions";

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        for (String slug : created) {
            String etag = given().auth().oauth2(Tokens.publisher()).get(CONDITIONS + "/" + slug + "?status=all")
                    .header("ETag");
            if (etag != null) {
                given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(CONDITIONS + "/" + slug)
                        .then().statusCode(204);
            }
        }
    }

    @Test
    void anEditorCreatesADraftThatThePublicDoesNotSee() {
        String slug = create("test-heel-bruise", List.of("heel-pain"));

        given().get(CONDITIONS + "/" + slug).then().spec(ProblemSpecs.notFound(CONDITIONS + "/" + slug));
        given().get(CONDITIONS + "?size=100").then().body("items.slug", not(hasItem(slug)));
        given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/" + slug + "?status=draft").then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("name", equalTo("Heel bruise"))
                .body("symptoms.slug", contains("heel-pain"));
    }

    @Test
    void creatingAnswers201WithLocationAndETag() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("test-location", List.of()))
                .post(CONDITIONS).then()
                .statusCode(201)
                .header("Location", equalTo(CONDITIONS + "/test-location"))
                .header("ETag", startsWith("\""))
                .body("slug", equalTo("test-location"));
        created.add("test-location");
    }

    @Test
    void aPublisherPublishesAndThePublicSeesIt() {
        String slug = create("test-shin-ache", List.of());

        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/publish").then().statusCode(200);

        given().get(CONDITIONS + "/" + slug).then().statusCode(200).body("name", equalTo("Heel bruise"));
        given().get(CONDITIONS + "?size=100").then().body("items.slug", hasItem(slug));
    }

    @Test
    void editingAPublishedConditionLeavesThePublicVersionUntilPublished() {
        String slug = create("test-published-edit", List.of());
        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/publish").then().statusCode(200);
        String etag = given().get(CONDITIONS + "/" + slug).header("ETag");

        given().auth().oauth2(Tokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("name", "Heel bruise, edited")).patch(CONDITIONS + "/" + slug).then()
                .statusCode(200).body("name", equalTo("Heel bruise, edited"));

        given().get(CONDITIONS + "/" + slug).then().statusCode(200).body("name", equalTo("Heel bruise"));
        given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/" + slug + "?status=draft").then()
                .statusCode(200).body("name", equalTo("Heel bruise, edited"));

        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/publish").then().statusCode(200);
        given().get(CONDITIONS + "/" + slug).then().statusCode(200).body("name", equalTo("Heel bruise, edited"));
    }

    @Test
    void aDraftOfAPublishedConditionCanBeDiscarded() {
        String slug = create("test-discard", List.of());
        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/publish").then().statusCode(200);
        String etag = given().get(CONDITIONS + "/" + slug).header("ETag");
        given().auth().oauth2(Tokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("summary", "A changed summary.")).patch(CONDITIONS + "/" + slug).then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).delete(CONDITIONS + "/" + slug + "/draft").then().statusCode(200)
                .body("summary", equalTo("A bruise under the heel bone."));
        given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/" + slug + "?status=draft").then()
                .statusCode(404);
    }

    @Test
    void archivingAnswersGoneToThePublic() {
        String slug = create("test-archived", List.of());
        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/publish").then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/archive").then().statusCode(200);

        given().get(CONDITIONS + "/" + slug).then().spec(ProblemSpecs.problem(410, CONDITIONS + "/" + slug))
                .body("type", equalTo("urn:runner-injury:problem:gone"));
    }

    @Test
    void aWriteWithoutIfMatchIsRefusedWith428() {
        String slug = create("test-no-if-match", List.of());
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(slug, List.of()))
                .put(CONDITIONS + "/" + slug).then()
                .spec(ProblemSpecs.problem(428, CONDITIONS + "/" + slug));
    }

    @Test
    void aWriteWithAStaleIfMatchIsRefusedWith412AndTheCurrentETag() {
        String slug = create("test-stale", List.of());
        String first = etagOf(slug);
        given().auth().oauth2(Tokens.editor()).contentType("application/merge-patch+json").header("If-Match", first)
                .body(Map.of("summary", "Second version.")).patch(CONDITIONS + "/" + slug).then().statusCode(200);
        String current = etagOf(slug);

        given().auth().oauth2(Tokens.editor()).contentType("application/merge-patch+json").header("If-Match", first)
                .body(Map.of("summary", "Lost update.")).patch(CONDITIONS + "/" + slug).then()
                .spec(ProblemSpecs.problem(412, CONDITIONS + "/" + slug))
                .header("ETag", current)
                .body("currentEtag", equalTo(current));
        given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/" + slug + "?status=all").then()
                .body("summary", equalTo("Second version."));
    }

    @Test
    void anAnonymousWriteIsRefusedWith401AndAChallenge() {
        given().contentType(ContentType.JSON).body(document("test-anonymous", List.of())).post(CONDITIONS).then()
                .spec(ProblemSpecs.problem(401, CONDITIONS))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anInvalidTokenIsRefusedWith401() {
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(document("test-bad", List.of()))
                .post(CONDITIONS).then()
                .spec(ProblemSpecs.problem(401, CONDITIONS))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anEditorMayNotPublishOrDelete() {
        String slug = create("test-editor-role", List.of());
        given().auth().oauth2(Tokens.editor()).post(CONDITIONS + "/" + slug + "/publish").then()
                .spec(ProblemSpecs.problem(403, CONDITIONS + "/" + slug + "/publish"));
        given().auth().oauth2(Tokens.editor()).header("If-Match", etagOf(slug)).delete(CONDITIONS + "/" + slug)
                .then().spec(ProblemSpecs.problem(403, CONDITIONS + "/" + slug));
    }

    @Test
    void aTokenWithoutAnEditorialRoleMayNotWriteOrReadDrafts() {
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(document("test-reader", List.of()))
                .post(CONDITIONS).then().spec(ProblemSpecs.problem(403, CONDITIONS));
        given().auth().oauth2(Tokens.reader()).get(CONDITIONS + "/runners-knee?status=all").then()
                .spec(ProblemSpecs.problem(403, CONDITIONS + "/runners-knee"));
        given().get(CONDITIONS + "/runners-knee?status=all").then()
                .spec(ProblemSpecs.problem(401, CONDITIONS + "/runners-knee"));
    }

    @Test
    void aLinkToAMissingSymptomIsA400NamingIt() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(document("test-missing-link", List.of("heel-pain", "no-such-symptom"))).post(CONDITIONS).then()
                .spec(ProblemSpecs.problem(400, CONDITIONS))
                .body("type", equalTo("urn:runner-injury:problem:invalid-body"))
                .body("errors.field", contains("symptoms[1]"));
    }

    @Test
    void anInvalidBodyNamesEveryBadField() {
        var body = new java.util.HashMap<>(document("Not A Slug", List.of()));
        body.remove("name");
        body.put("bodyRegion", "elbow");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CONDITIONS).then()
                .spec(ProblemSpecs.problem(400, CONDITIONS))
                .body("errors.field", contains("bodyRegion"));
        body.put("bodyRegion", "foot");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CONDITIONS).then()
                .spec(ProblemSpecs.problem(400, CONDITIONS))
                .body("errors.field", contains("name", "slug"));
    }

    @Test
    void anUnknownFieldIsA400() {
        var body = new java.util.HashMap<>(document("test-unknown-field", List.of()));
        body.put("severity", "high");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CONDITIONS).then()
                .spec(ProblemSpecs.problem(400, CONDITIONS))
                .body("errors.field", contains("severity"));
    }

    @Test
    void anOversizedBodyIsA413Problem() {
        var body = new java.util.HashMap<>(document("test-oversized", List.of()));
        body.put("description", "x".repeat(70_000));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CONDITIONS).then()
                .spec(ProblemSpecs.problem(413, CONDITIONS));
    }

    @Test
    void aTakenSlugIsA409() {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document("runners-knee", List.of()))
                .post(CONDITIONS).then().spec(ProblemSpecs.problem(409, CONDITIONS));
    }

    @Test
    void deletingAConditionThatClaimsAreAboutIsA409NamingThem() {
        String etag = given().get(CONDITIONS + "/runners-knee").header("ETag");
        given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(CONDITIONS + "/runners-knee").then()
                .spec(ProblemSpecs.problem(409, CONDITIONS + "/runners-knee"))
                .body("detail", org.hamcrest.Matchers.containsString("claim '"));
    }

    @Test
    void everyChangeIsInTheRevisionHistory() {
        String slug = create("test-history", List.of());
        given().auth().oauth2(Tokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", etagOf(slug)).body(Map.of("summary", "Second.")).patch(CONDITIONS + "/" + slug)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/publish").then().statusCode(200);

        given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/" + slug + "/revisions").then()
                .statusCode(200)
                .body("items.action", contains("published", "updated", "created"))
                .body("items.author", contains("test-publisher", "test-editor", "test-editor"));
        given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/" + slug + "/revisions/2").then()
                .statusCode(200)
                .body("content.summary", equalTo("Second."))
                .body("contentVersion", notNullValue());
        given().get(CONDITIONS + "/" + slug + "/revisions").then().statusCode(401);
    }

    @Test
    void theChangeFeedShowsPublishingButNeverDrafts() {
        String cursor = given().get("/api/v1/changes?size=100").jsonPath().getString("nextCursor");
        String after = latestCursor(cursor);
        String slug = create("test-feed", List.of());
        given().get("/api/v1/changes?after=" + after).then().body("items", empty());

        given().auth().oauth2(Tokens.publisher()).post(CONDITIONS + "/" + slug + "/publish").then().statusCode(200);

        given().get("/api/v1/changes?after=" + after).then().statusCode(200)
                .body("items.slug", contains(slug))
                .body("items.change", contains("created"))
                .body("items.type", contains("condition"));
    }

    private static String latestCursor(String cursor) {
        String next = cursor;
        while (true) {
            var page = given().get("/api/v1/changes?size=100&after=" + next).jsonPath();
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getString("nextCursor");
        }
    }

    private String create(String slug, List<String> symptoms) {
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(document(slug, symptoms))
                .post(CONDITIONS).then().statusCode(201);
        created.add(slug);
        return slug;
    }

    private static String etagOf(String slug) {
        return given().auth().oauth2(Tokens.editor()).get(CONDITIONS + "/" + slug + "?status=all").then()
                .statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> document(String slug, List<String> symptoms) {
        return Map.of("slug", slug, "name", "Heel bruise", "aliases", List.of("Bruised heel"), "bodyRegion", "foot",
                "summary", "A bruise under the heel bone.",
                "description", "Test content written for the editorial tests only.",
                "whenToSeeADoctor", List.of("Pain that stops you walking."), "symptoms", symptoms);
    }
}
