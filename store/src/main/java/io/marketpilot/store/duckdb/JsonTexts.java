package io.marketpilot.store.duckdb;

import io.marketpilot.store.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The JSON text of small flat objects (an event's context such as {@code {"channel":"web","device":"mobile"}}),
 * written once per distinct object of a chunk instead of once per event. Only objects of at most
 * {@value #MAX_KEYS} string, boolean or integer values are remembered, up to {@value #MAX_ENTRIES} of them; a
 * hit needs the same keys in the same order with equal values (of the same class), so the text is exactly what
 * {@link JsonCodec} writes for the object at hand. The text's UTF-8 bytes (what the writer hands DuckDB) are
 * remembered with it and shared by every hit: callers must not modify them. One instance per chunk and thread:
 * not thread-safe.
 *
 * <p>Why not a {@code HashMap<Map, Known>}: that walked each object three to four times (cacheable?, the map's
 * hashCode, equals, the key order) through the unmodifiable map's entry iterator; JFR put 4.7% of a 4M import's
 * Java samples in that iterator alone. Here one {@link Map#forEach} pass copies the entries into {@link #keys} /
 * {@link #values}, checks them and hashes them; a hit is confirmed by comparing those arrays in order (which also
 * checks the key order). Measured in an A/B harness on the demo shop's events: see docs/benchmarks.md §28b.
 */
final class JsonTexts {
    static final int MAX_KEYS = 4;
    static final int MAX_ENTRIES = 64;
    private static final int MAX_STRING = 48;
    /** Open addressing, at most half full. */
    private static final int SLOTS = 2 * MAX_ENTRIES;

    private record Known(int hash, String[] keys, Object[] values, String text, byte[] utf8) {}

    private final Known[] slots = new Known[SLOTS];
    private int size;
    /** What the last {@link #writeNullable} returned, when it was remembered. */
    private Known last;
    /** The entries of the object being looked up, filled by {@link #scan}. */
    private final String[] keys = new String[MAX_KEYS];
    private final Object[] values = new Object[MAX_KEYS];
    private int count;
    private boolean small;
    private int hash;
    private final BiConsumer<String, Object> scan = this::scan;

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
        if (object.size() > MAX_KEYS) {
            return null;
        }
        count = 0;
        small = true;
        hash = 1;
        object.forEach(scan);
        if (!small || count != object.size()) {
            return null;
        }
        int mask = SLOTS - 1;
        int i = spread(hash) & mask;
        for (Known k = slots[i]; k != null; k = slots[i = (i + 1) & mask]) {
            if (k.hash() == hash && same(k)) {
                return k;
            }
        }
        String text = JsonCodec.write(object);
        Known known = new Known(hash, Arrays.copyOf(keys, count), Arrays.copyOf(values, count),
                text, text.getBytes(StandardCharsets.UTF_8));
        if (size < MAX_ENTRIES) {
            slots[i] = known; // i: the empty slot the probe ended on
            size++;
        }
        return known;
    }

    /** One entry of the object being looked up: remembered in order, checked, hashed. */
    private void scan(String key, Object value) {
        if (!small || count == MAX_KEYS) {
            small = false; // a map whose size() and forEach disagree is simply not remembered
            return;
        }
        boolean ok = value instanceof String s ? s.length() <= MAX_STRING
                : value instanceof Boolean || value instanceof Integer || value instanceof Long;
        if (!ok || key == null || key.length() > MAX_STRING) {
            small = false;
            return;
        }
        keys[count] = key;
        values[count] = value;
        count++;
        hash = 31 * (31 * hash + key.hashCode()) + value.hashCode();
    }

    /** Whether a remembered object has exactly the scanned entries, in the same order. */
    private boolean same(Known k) {
        if (k.keys().length != count) {
            return false;
        }
        for (int j = 0; j < count; j++) {
            if (!k.keys()[j].equals(keys[j]) || !k.values()[j].equals(values[j])) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
