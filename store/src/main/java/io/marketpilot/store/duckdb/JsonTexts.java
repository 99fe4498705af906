package io.marketpilot.store.duckdb;

import io.marketpilot.store.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON text of small flat objects (an event's context such as {@code {"channel":"web","device":"mobile"}}),
 * written once per distinct object of a chunk instead of once per event. Only objects of at most
 * {@value #MAX_KEYS} string, boolean or integer values are remembered, up to {@value #MAX_ENTRIES} of them; a
 * hit is used only when its keys come in the same order, so the text is exactly what {@link JsonCodec} writes.
 * The text's UTF-8 bytes (what the writer hands DuckDB) are remembered with it and shared by every hit: callers
 * must not modify them. One instance per chunk and thread: not thread-safe.
 */
final class JsonTexts {
    static final int MAX_KEYS = 4;
    static final int MAX_ENTRIES = 64;
    private static final int MAX_STRING = 48;

    private record Known(Map<String, Object> object, String text, byte[] utf8) {}

    private final HashMap<Map<String, Object>, Known> texts = HashMap.newHashMap(MAX_ENTRIES);
    /** What the last {@link #writeNullable} returned, when it was remembered. */
    private Known last;

    /** As {@link JsonCodec#writeNullable}: null for an empty (or null) object. */
    String writeNullable(Map<String, Object> object) {
        last = null;
        if (object == null || object.isEmpty()) {
            return null;
        }
        Known known = known(object);
        if (known == null) {
            return JsonCodec.write(object);
        }
        last = known;
        return known.text();
    }

    /**
     * The UTF-8 bytes of a text {@link #writeNullable} returned: the remembered bytes when {@code text} is the
     * remembered text it returned last, else freshly encoded. Null for null.
     */
    byte[] utf8(String text) {
        if (text == null) {
            return null;
        }
        Known known = last;
        return known != null && known.text() == text ? known.utf8() : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The remembered text of a cacheable object (remembering it if there is room), else null. */
    private Known known(Map<String, Object> object) {
        if (!cacheable(object)) {
            return null;
        }
        Known known = texts.get(object);
        if (known != null) {
            return sameOrder(known.object(), object) ? known : null;
        }
        String text = JsonCodec.write(object);
        known = new Known(object, text, text.getBytes(StandardCharsets.UTF_8));
        if (texts.size() < MAX_ENTRIES) {
            texts.put(object, known);
        }
        return known;
    }

    private static boolean cacheable(Map<String, Object> object) {
        if (object.size() > MAX_KEYS) {
            return false;
        }
        for (Map.Entry<String, Object> e : object.entrySet()) {
            Object v = e.getValue();
            boolean small = v instanceof String s ? s.length() <= MAX_STRING
                    : v instanceof Boolean || v instanceof Integer || v instanceof Long;
            if (!small || e.getKey() == null || e.getKey().length() > MAX_STRING) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameOrder(Map<String, Object> a, Map<String, Object> b) {
        Iterator<String> ia = a.keySet().iterator();
        Iterator<String> ib = b.keySet().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            if (!ia.next().equals(ib.next())) {
                return false;
            }
        }
        return !ia.hasNext() && !ib.hasNext();
    }
}
