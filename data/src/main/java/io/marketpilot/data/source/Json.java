package io.marketpilot.data.source;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;

/** JSON objects as ordered maps; decimals stay exact (BigDecimal), so prices keep their digits. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}

    /** The outcome of reading one JSON text that should be an object. */
    sealed interface Parsed permits Parsed.Object, Parsed.Failure {
        record Object(LinkedHashMap<String, java.lang.Object> fields) implements Parsed {}

        record Failure(String message) implements Parsed {}
    }

    static Parsed object(String text) {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            return object(parser);
        } catch (IOException e) {
            return new Parsed.Failure("malformed JSON: " + e.getMessage());
        }
    }

    /** As {@link #object(String)}, straight from UTF-8 bytes (for lines already known to be ASCII). */
    static Parsed object(byte[] utf8, int offset, int length) {
        try (JsonParser parser = MAPPER.getFactory().createParser(utf8, offset, length)) {
            return object(parser);
        } catch (IOException e) {
            return new Parsed.Failure("malformed JSON: " + e.getMessage());
        }
    }

    private static Parsed object(JsonParser parser) {
        try {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new Parsed.Failure("expected a JSON object, found " + describe(first));
            }
            LinkedHashMap<String, Object> fields = readObject(parser);
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

    /**
     * The object whose START_OBJECT is the current token, read with the streaming API into what
     * {@code MAPPER.readValue(parser, LinkedHashMap)} gives (ordered maps, lists, Integer/Long/BigInteger,
     * BigDecimal for decimals, a repeated key's last value winning) without databind's per-value dispatch.
     */
    private static LinkedHashMap<String, Object> readObject(JsonParser p) throws IOException {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            map.put(key, readValue(p, p.nextToken()));
        }
        if (!p.hasToken(JsonToken.END_OBJECT)) {
            throw new JsonParseException(p, "expected a field name or the end of the object, found " + p.currentToken());
        }
        return map;
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case START_OBJECT -> readObject(p);
            case START_ARRAY -> {
                ArrayList<Object> list = new ArrayList<>();
                for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
                    list.add(readValue(p, next));
                }
                yield list;
            }
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(p, "unexpected JSON token " + t);
        };
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
