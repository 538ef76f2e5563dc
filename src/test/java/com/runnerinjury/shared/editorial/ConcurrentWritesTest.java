package com.runnerinjury.shared.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Editors racing on one item never lose an update: four writers each make 200 conditional updates of the same
 * condition, re-reading and retrying whenever their {@code If-Match} is stale. Every update the API acknowledged
 * must be in the revision history exactly once, in the order the writes took, each built on the one before.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int WRITERS = 4;
    private static final int UPDATES_PER_WRITER = 200;
    private static final String SLUG = "test-concurrent-edits";
    private static final String ITEM = "/api/v1/conditions/" + SLUG;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Inject
    RevisionRepository revisionRepository;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String editor = Tokens.editor();

    @AfterEach
    void deleteTheItem() {
        String etag = given().auth().oauth2(Tokens.publisher()).get(ITEM + "?status=all").header("ETag");
        given().auth().oauth2(Tokens.publisher()).header("If-Match", etag).delete(ITEM).then().statusCode(204);
    }

    @Test
    void racingEditorsNeverLoseAnAcknowledgedUpdate() throws Exception {
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", SLUG, "name", "Race test",
                "bodyRegion", "knee", "summary", "start", "description", "Test content for concurrent edits."))
                .post("/api/v1/conditions").then().statusCode(201);
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var stale = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                writers.add(pool.submit(() -> write(id, acknowledged, stale)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<JsonNode> updates = revisions().stream().filter(r -> "updated".equals(r.path("action").asText()))
                .toList();
        Map<String, Long> recorded = updates.stream().collect(Collectors.groupingBy(
                r -> r.path("content").path("summary").asText(), Collectors.counting()));
        System.out.printf("Concurrent writes: %d writers x %d updates: %d acknowledged, %d refused as stale (412) "
                + "and retried, %d updated revisions recorded, in %d ms%n", WRITERS, UPDATES_PER_WRITER,
                acknowledged.size(), stale.get(), updates.size(), millis);

        assertEquals(WRITERS * UPDATES_PER_WRITER, acknowledged.size());
        assertEquals(acknowledged.size(), updates.size(), "one revision per acknowledged update");
        for (String value : acknowledged) {
            assertEquals(1L, recorded.getOrDefault(value, 0L), value + " recorded exactly once");
        }
        for (int i = 1; i < updates.size(); i++) {
            assertTrue(updates.get(i).path("contentVersion").asLong() > updates.get(i - 1).path("contentVersion")
                    .asLong(), "revisions in commit order");
        }
        String last = updates.get(updates.size() - 1).path("content").path("summary").asText();
        given().auth().oauth2(editor).get(ITEM + "?status=all").then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.equalTo(last));
    }

    /** One editor's updates: each built on the ETag of the last response, the 412's current one after a race. */
    private Void write(int writer, ConcurrentLinkedQueue<String> acknowledged, AtomicInteger stale)
            throws IOException, InterruptedException {
        String etag = send(HttpRequest.newBuilder(base.resolve(ITEM + "?status=all")).GET()).headers()
                .firstValue("ETag").orElseThrow();
        for (int update = 0; update < UPDATES_PER_WRITER; update++) {
            String value = "writer " + writer + " update " + update;
            while (true) {
                HttpResponse<String> patch = send(HttpRequest.newBuilder(base.resolve(ITEM))
                        .header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("summary", value)))));
                etag = patch.headers().firstValue("ETag").orElseThrow();
                if (patch.statusCode() == 200) {
                    acknowledged.add(value);
                    break;
                }
                assertEquals(412, patch.statusCode(), patch.body());
                stale.incrementAndGet();
            }
        }
        return null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + editor).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The item's revisions as stored, oldest first, each with its content. */
    private List<JsonNode> revisions() throws IOException {
        List<JsonNode> recorded = new ArrayList<>();
        for (Revision revision : revisionRepository.list("itemType = ?1 and itemKey = ?2 order by number",
                ItemType.CONDITION, SLUG)) {
            recorded.add(JSON.createObjectNode().put("action", revision.action.wireValue())
                    .put("contentVersion", revision.contentVersion).set("content", JSON.readTree(revision.content)));
        }
        return recorded;
    }
}
