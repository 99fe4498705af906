package io.marketpilot.engine.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** JSON text of the maps journeys keep in {@code state.sqlite} (definitions, runs, actions). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> read(String doc) {
        try {
            return MAPPER.readValue(doc, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored journey document is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
