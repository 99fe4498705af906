package io.marketpilot.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads JSON-like trees ({@code Map<String,Object>}, {@code List}, String, Number, Boolean,
 * null) with Jackson's streaming API.
 *
 * <p>Numbers read back with their exact value: integers as Integer, Long or BigInteger by size; decimals
 * as Double when that double prints as the same value, else as BigDecimal (so {@code 0.1} is a Double and
 * {@code 0.10000000000000000001} stays exact). Non-finite doubles are written as the strings
 * {@code "NaN"}/{@code "Infinity"} because JSON has no such numbers. Maps read back keep their key order
 * and are unmodifiable.
 */
public final class JsonCodec {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** For {@link Output}: root values written back to back without a separator, each taken out on its own. */
    private static final JsonFactory REUSED = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    /** A generator and its buffer per thread, so a write does not set up a new generator (it showed in profiles). */
    private static final ThreadLocal<Output> OUTPUT = new ThreadLocal<>();
    /** A buffer grown past this by a large value is not kept. */
    private static final int KEEP_BUFFER_UP_TO = 1 << 16;

    private JsonCodec() {}

    /** The JSON text of a map, or null when the map is empty (so storage can keep SQL NULL). */
    public static String writeNullable(Map<String, ?> map) {
        return map == null || map.isEmpty() ? null : write(map);
    }

    /** The JSON text of a value, keys in their map order. */
    public static String write(Object value) {
        return write(value, false);
    }

    /** The JSON text with every object's keys sorted: equal content gives equal text, for change detection. */
    public static String canonical(Object value) {
        return write(value, true);
    }

    /** The object in {@code json}; an empty map for null or blank text. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Object value = read(json);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("expected a JSON object, found " + json.strip().charAt(0) + "…");
    }

    /** The value in {@code json}. */
    public static Object read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("expected a JSON value, found empty text");
            }
            Object value = readValue(p, first);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("trailing content after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String write(Object value, boolean sortKeys) {
        Output out = OUTPUT.get();
        OUTPUT.remove(); // not reused if this write fails half-way (or, through a nested call, reentrantly)
        if (out == null) {
            out = new Output();
        }
        String text;
        try {
            writeValue(out.generator, value, sortKeys);
            out.generator.flush();
            text = out.buffer.toString();
        } catch (NotJson e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.buffer.capacity() <= KEEP_BUFFER_UP_TO) {
            out.buffer.setLength(0);
            OUTPUT.set(out);
        }
        return text;
    }

    /** A generator writing into a StringBuilder, reused for one complete root value after another. */
    private static final class Output {
        final StringBuilder buffer = new StringBuilder(256);
        final JsonGenerator generator;

        Output() {
            try {
                generator = REUSED.createGenerator(new Writer() {
                    @Override
                    public void write(char[] chars, int off, int len) {
                        buffer.append(chars, off, len);
                    }

                    @Override
                    public void write(String str, int off, int len) {
                        buffer.append(str, off, off + len);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void writeValue(JsonGenerator g, Object v, boolean sortKeys) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case BigInteger b -> g.writeNumber(b);
            case BigDecimal d -> g.writeNumber(d);
            case Double d -> writeDouble(g, d);
            case Float f -> writeDouble(g, f.doubleValue());
            case Map<?, ?> m -> writeMap(g, m, sortKeys);
            case List<?> list -> {
                g.writeStartArray();
                for (int i = 0; i < list.size(); i++) {
                    try {
                        writeValue(g, list.get(i), sortKeys);
                    } catch (NotJson e) {
                        throw e.under("[" + i + "]");
                    }
                }
                g.writeEndArray();
            }
            default -> throw new NotJson(v);
        }
    }

    private static void writeMap(JsonGenerator g, Map<?, ?> m, boolean sortKeys) throws IOException {
        Map<?, ?> entries = sortKeys ? new TreeMap<>(m) : m;
        g.writeStartObject();
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new NotJson(e.getKey());
            }
            g.writeFieldName(key);
            try {
                writeValue(g, e.getValue(), sortKeys);
            } catch (NotJson ex) {
                throw ex.under("." + key);
            }
        }
        g.writeEndObject();
    }

    private static void writeDouble(JsonGenerator g, double d) throws IOException {
        if (Double.isFinite(d)) {
            g.writeNumber(d);
        } else {
            g.writeString(Double.toString(d));
        }
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken next = p.nextToken(); next != JsonToken.END_OBJECT; next = p.nextToken()) {
                    String key = p.currentName();
                    map.put(key, readValue(p, p.nextToken()));
                }
                yield Collections.unmodifiableMap(map);
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
                    list.add(readValue(p, next));
                }
                yield Collections.unmodifiableList(list);
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> p.getIntValue();
                case LONG -> p.getLongValue();
                default -> p.getBigIntegerValue();
            };
            case VALUE_NUMBER_FLOAT -> decimal(p.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected JSON token " + t);
        };
    }

    /** A Double when it represents the text's value exactly, else the exact BigDecimal. */
    private static Number decimal(String text) {
        double d = Double.parseDouble(text);
        if (Double.isFinite(d)) {
            String shortest = Double.toString(d);
            if (shortest.equals(text) || new BigDecimal(shortest).compareTo(new BigDecimal(text)) == 0) {
                return d;
            }
        }
        return new BigDecimal(text);
    }

    /** A value with no JSON form; carries the path to it for the message. */
    private static final class NotJson extends RuntimeException {
        private final transient Object value;
        private final String path;

        NotJson(Object value) {
            this(value, "");
        }

        private NotJson(Object value, String path) {
            super(null, null, false, false);
            this.value = value;
            this.path = path;
        }

        NotJson under(String segment) {
            return new NotJson(value, segment + path);
        }

        @Override
        public String getMessage() {
            String where = path.isEmpty() ? "" : " at $" + path;
            String what = value == null ? "a null map key" : "a " + value.getClass().getName();
            return "not a JSON value" + where + ": " + what + " (use maps with string keys, lists, strings, numbers,"
                    + " booleans or null)";
        }
    }
}
