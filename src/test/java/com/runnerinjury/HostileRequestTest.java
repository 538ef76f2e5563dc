package com.runnerinjury;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.shared.problem.RequestLimitsConfig;
import com.runnerinjury.support.ManagementInterface;
import com.runnerinjury.support.ProblemSpecs;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests an HTTP client library would never send, most written byte for byte on a socket: each gets a clear answer,
 * and every error is an RFC 9457 problem with a request id, never a 500 or an empty body. The exception, pinned down
 * here so that it stays known: a request the HTTP decoder itself cannot parse, or one far past the service's limits,
 * is refused with a bare status before any route runs (see README, "Requests refused before the application").
 */
@QuarkusTest
class HostileRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONDITIONS = "/api/v1/conditions";

    @Inject
    RequestLimitsConfig limits;

    @Test
    void answersHttp10WithoutAHostHeader() throws IOException {
        RawResponse response = send("GET /api/v1/conditions?size=2 HTTP/1.0\r\n\r\n");
        assertEquals(200, response.status);
        assertTrue(response.header("link").startsWith("</api/v1/conditions?size=2&page=1>"), response.header("link"));
    }

    @Test
    void answersAnUnknownSlugOverHttp10WithoutAHostHeaderWithAProblem() throws IOException {
        assertProblem(send("GET /api/v1/conditions/runners-elbow HTTP/1.0\r\n\r\n"), 404,
                "/api/v1/conditions/runners-elbow");
    }

    @Test
    void buildsLinksThatIgnoreTheHostTheClientClaims() throws IOException {
        RawResponse response = send("GET /api/v1/symptoms?size=5 HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertEquals(200, response.status);
        assertFalse(response.header("link").contains("evil.example"), response.header("link"));
        assertTrue(response.header("link").contains("</api/v1/symptoms?size=5&page=2>; rel=\"next\""));
    }

    @Test
    void answersAQueryEscapeThatDoesNotDecodeWithABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/v1/search?q=%e2%28 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400, "/api/v1/search");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/conditions/.", "/api/v1/conditions/%2e", "/api/v1/symptoms/%2E",
            "/api/v1/modalities/..", "/api/v1/claims/.%2e", "/api/v1/sources/./", "/api/v1/conditions/./claims"})
    void answersDotSegmentsWithNotFoundRatherThanAnotherRoute(String target) throws IOException {
        assertProblem(send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 404,
                target);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/claims?outcome=%zz, /api/v1/claims", "/api/v1/conditions/%zz, /api/v1/conditions/%zz",
            "/api/v1/search?q=50%, /api/v1/search", "/api/v1/conditions/a|b, /api/v1/conditions/a|b",
            "/api/v1/sources/%e2%28%, /api/v1/sources/%e2%28%"})
    void answersATargetThatIsNotAValidUriWithABadRequestProblem(String target, String instance) throws IOException {
        RawResponse response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(response, 400, instance);
        assertTrue(response.body.contains("not a valid URI"), response.body);
    }

    @Test
    void theManagementPortAnswersATargetThatIsNotAValidUriWithAProblem() throws IOException {
        assertProblem(send(ManagementInterface.port(),
                "GET /q/health/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400, "/q/health/%zz");
    }

    @Test
    void answersHttp11WithoutAHostHeaderWithABadRequestProblem() throws IOException {
        RawResponse response = send("GET /api/v1/conditions HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertProblem(response, 400, CONDITIONS);
        assertTrue(response.body.contains("Host header"), response.body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "[::1", "a/b", ""})
    void answersHttp11WithAnUnreadableHostWithABadRequestProblem(String host) throws IOException {
        RawResponse response = send("GET /api/v1/conditions HTTP/1.1\r\nHost: " + host + "\r\nConnection: close"
                + "\r\n\r\n");
        assertProblem(response, 400, CONDITIONS);
        assertTrue(response.body.contains("Host header"), response.body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8081", "127.0.0.1:8081", "[::1]:8081", "api.example.org"})
    void readsHttp11WithAReadableHost(String host) throws IOException {
        RawResponse response = send("GET /api/v1/sources HTTP/1.1\r\nHost: " + host + "\r\nConnection: close"
                + "\r\n\r\n");
        assertEquals(200, response.status, response.body);
    }

    @Test
    void answersARequestTargetOverTheLimitWithAUriTooLongProblem() {
        String query = "q=" + "a".repeat(limits.maxUriLength());
        given().when().get(CONDITIONS + "?" + query)
                .then().spec(ProblemSpecs.problem(414, CONDITIONS))
                .body("detail", containsString("at most " + limits.maxUriLength()))
                .header("X-Request-Id", not(emptyOrNullString()));
    }

    @Test
    void readsARequestTargetOfExactlyTheLimit() {
        String prefix = CONDITIONS + "?size=5&q=";
        String target = prefix + "a".repeat(limits.maxUriLength() - prefix.length());
        int status = given().when().get(target).then().extract().statusCode();
        assertNotEquals(414, status);
    }

    @Test
    void answersHeadersOverTheLimitWithAHeaderFieldsTooLargeProblem() {
        given().header("X-Padding", "a".repeat(limits.maxHeaderSize())).when().get(CONDITIONS)
                .then().spec(ProblemSpecs.problem(431, CONDITIONS))
                .body("detail", containsString("at most " + limits.maxHeaderSize()))
                .header("X-Request-Id", not(emptyOrNullString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsTheDecoderRefuses")
    void aRequestTheDecoderRefusesGetsABareStatusBeforeAnyRouteRuns(String what, String request, int status)
            throws IOException {
        RawResponse response = send(request);
        assertEquals(status, response.status, what);
        assertEquals("", response.body, what);
        assertEquals("", response.header("x-request-id"), what);
    }

    static Stream<Arguments> requestsTheDecoderRefuses() {
        Config config = ConfigProvider.getConfig();
        int lineLimit = config.getValue("quarkus.http.limits.max-initial-line-length", Integer.class);
        long headerLimit = config.getValue("quarkus.http.limits.max-header-size", MemorySize.class).asLongValue();
        return Stream.of(
                Arguments.of("a control character in a header value",
                        "GET /api/v1/conditions HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n\r\n", 400),
                Arguments.of("a raw space in the path",
                        "GET /api/v1/conditions/runners knee HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
                Arguments.of("a request line past the decoder's limit",
                        "GET /api/v1/conditions?q=" + "a".repeat(lineLimit) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                        414),
                Arguments.of("headers past the decoder's limit", "GET /api/v1/conditions HTTP/1.1\r\nHost: localhost"
                        + "\r\nX-Padding: " + "a".repeat((int) headerLimit) + "\r\n\r\n", 431));
    }

    private static void assertProblem(RawResponse response, int status, String instance) throws IOException {
        assertEquals(status, response.status, response.body);
        assertEquals("application/problem+json", response.header("content-type"));
        assertFalse(response.header("x-request-id").isBlank());
        JsonNode problem = JSON.readTree(response.body);
        assertEquals(status, problem.path("status").asInt(), response.body);
        assertEquals(instance, problem.path("instance").asText(), response.body);
        assertFalse(problem.path("title").asText().isBlank(), response.body);
        assertFalse(problem.path("detail").asText().isBlank(), response.body);
    }

    private static RawResponse send(String request) throws IOException {
        return send(RestAssured.port, request);
    }

    private static RawResponse send(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return RawResponse.parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The status, headers (lower-cased names) and body of a response read off the socket. */
    private record RawResponse(int status, Map<String, String> headers, String body) {

        static RawResponse parse(String raw) {
            String[] headAndBody = raw.split("\r\n\r\n", 2);
            String[] lines = headAndBody[0].split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] nameAndValue = lines[i].split(":", 2);
                headers.put(nameAndValue[0].trim().toLowerCase(Locale.ROOT), nameAndValue[1].trim());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    headAndBody.length > 1 ? headAndBody[1] : "");
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }
}
