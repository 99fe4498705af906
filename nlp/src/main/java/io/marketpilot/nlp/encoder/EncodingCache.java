package io.marketpilot.nlp.encoder;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded least-recently-used map from text to its encoding; thread-safe by one lock (lookups are cheap). */
final class EncodingCache {
    private final int capacity;
    private final LinkedHashMap<String, float[]> map;
    private long hits;
    private long misses;

    EncodingCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > EncodingCache.this.capacity;
            }
        };
    }

    synchronized float[] get(String text) {
        if (capacity == 0) {
            return null;
        }
        float[] v = map.get(text);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    synchronized void put(String text, float[] v) {
        if (capacity > 0) {
            map.put(text, v);
        }
    }

    synchronized int size() {
        return map.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
