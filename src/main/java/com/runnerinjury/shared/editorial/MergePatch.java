package com.runnerinjury.shared.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.shared.problem.InvalidBodyException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Applies an RFC 7396 JSON merge patch to a document, through Jakarta JSON Processing's implementation. */
final class MergePatch {

    private MergePatch() {
    }

    static <D> D apply(ObjectMapper json, D document, JsonNode patch, Class<D> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidBodyException("body", "must be a JSON object (an RFC 7396 merge patch)");
        }
        try {
            JsonValue target = read(json.writeValueAsString(document));
            JsonValue merged = Json.createMergePatch(read(json.writeValueAsString(patch))).apply(target);
            return json.readValue(merged.toString(), type);
        } catch (JsonProcessingException e) {
            throw InvalidBodyException.unreadable(e);
        }
    }

    private static JsonValue read(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
