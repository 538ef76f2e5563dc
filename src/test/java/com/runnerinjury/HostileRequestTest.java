package com.runnerinjury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests an HTTP client library would never send, written byte for byte on a socket: each gets a clear answer,
 * and every error is an RFC 9457 problem with a request id, never a 500 or an empty body.
 */
@QuarkusTest
class HostileRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
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
