package com.runnerinjury.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources: the two articles as listed and in detail, with how many claims cite each. */
@QuarkusTest
class SourceResourceTest {

    private static final String SOURCES = "/api/v1/sources";

    @Test
    void listsBothSourceArticlesByTitle() {
        given().when().get(SOURCES)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains("acupuncture-in-running", "how-acupuncture-helps-runners"));
    }

    @Test
    void returnsSourceWithAuthorAndClaimCount() {
        given().when().get(SOURCES + "/how-acupuncture-helps-runners")
                .then().statusCode(200)
                .body("author", equalTo("Joseph Alban"))
                .body("kind", equalTo("practitioner-article"))
                .body("claimCount", greaterThan(0));
    }

    @Test
    void returnsNotFoundProblemForUnknownId() {
        given().when().get(SOURCES + "/no-such-source")
                .then().spec(ProblemSpecs.notFound(SOURCES + "/no-such-source"))
                .body("detail", containsString("no-such-source"));
    }

    // After V7 there are 23 claim_sources rows for the consumer article and 63 for the practitioner article.
    @ParameterizedTest
    @CsvSource({"acupuncture-in-running, 23", "how-acupuncture-helps-runners, 63"})
    void countsEveryClaimCitingTheSource(String id, int claimCount) {
        given().when().get(SOURCES + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("claimCount", equalTo(claimCount));
    }

    @Test
    void listsTheSameClaimCountsAsTheDetails() {
        given().when().get(SOURCES)
                .then().statusCode(200)
                .body("items.claimCount", contains(23, 63));
    }

    @Test
    void returnsThePractitionerArticleWithAuthorCredentials() {
        given().when().get(SOURCES + "/how-acupuncture-helps-runners")
                .then().statusCode(200)
                .body("title", equalTo("How Acupuncture Helps Runners"))
                .body("author", equalTo("Joseph Alban"))
                .body("authorCredentials", equalTo("L.Ac.; Doctor of Acupuncture, licensed acupuncturist in New York "
                        + "and NCCAOM board-certified herbalist"))
                .body("publisher", nullValue())
                .body("url", nullValue())
                .body("lastReviewed", equalTo("2026-11-21"));
    }

    @Test
    void returnsTheConsumerArticleWithoutAuthor() {
        given().when().get(SOURCES + "/acupuncture-in-running")
                .then().statusCode(200)
                .body("title", equalTo("Acupuncture in Running"))
                .body("kind", equalTo("consumer-article"))
                .body("author", nullValue())
                .body("authorCredentials", nullValue())
                .body("publisher", nullValue())
                .body("url", nullValue());
    }
}
