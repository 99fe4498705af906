package io.marketpilot.data.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Optional;

/** JSON objects as ordered maps; decimals stay exact (BigDecimal), so prices keep their digits. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};

    private Json() {}

    /** The outcome of reading one JSON text that should be an object. */
    sealed interface Parsed permits Parsed.Object, Parsed.Failure {
        record Object(LinkedHashMap<String, java.lang.Object> fields) implements Parsed {}

        record Failure(String message) implements Parsed {}
    }

    static Parsed object(String text) {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new Parsed.Failure("expected a JSON object, found " + describe(first));
            }
            LinkedHashMap<String, Object> fields = MAPPER.readValue(parser, OBJECT);
            JsonToken after = parser.nextToken();
            if (after != null) {
                return new Parsed.Failure("expected the line to end after the JSON object, found " + describe(after));
            }
            return new Parsed.Object(fields);
        } catch (JsonProcessingException e) {
            return new Parsed.Failure("malformed JSON at column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Parsed.Failure("malformed JSON: " + e.getMessage());
        }
    }

    /** The object in {@code text}, or empty when it is not exactly one JSON object. */
    static Optional<LinkedHashMap<String, Object>> objectOrEmpty(String text) {
        return object(text) instanceof Parsed.Object o ? Optional.of(o.fields()) : Optional.empty();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
