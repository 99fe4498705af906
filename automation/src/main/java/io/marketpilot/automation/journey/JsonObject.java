package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.JsonShapes;
import io.marketpilot.automation.segment.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One JSON object being read at a path: typed field access that reports what is wrong, expected vs found. */
final class JsonObject {
    final Map<?, ?> map;
    final String path;
    final List<Problem> problems;

    private JsonObject(Map<?, ?> map, String path, List<Problem> problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /** The object at {@code path}, or null (with a problem) when {@code raw} is not an object. */
    static JsonObject of(Object raw, String path, List<Problem> problems, String what) {
        if (raw instanceof Map<?, ?> m) {
            return new JsonObject(m, path, problems);
        }
        problems.add(new Problem(path, "expected " + what + ", found " + found(raw)));
        return null;
    }

    String at(String key) {
        return path + "." + key;
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    Object raw(String key) {
        return map.get(key);
    }

    /** Reports every field not in {@code allowed}. */
    void onlyKnown(Set<String> allowed) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                problems.add(new Problem(at(String.valueOf(key)), "unknown field; expected one of "
                        + new TreeSet<>(allowed)));
            }
        }
    }

    /** A non-blank string; null (with a problem when required) otherwise. */
    String text(String key, boolean required, String example) {
        Object v = map.get(key);
        if (v instanceof String s && !s.isBlank()) {
            return s;
        }
        if (v != null || required) {
            fail(key, "expected " + example + ", found " + found(v));
        }
        return null;
    }

    /** A whole number in [min, max]; {@code fallback} when absent. */
    Integer integer(String key, int min, int max, Integer fallback) {
        Object v = map.get(key);
        if (v == null) {
            if (fallback == null) {
                fail(key, "missing; expected a whole number " + min + "-" + max);
            }
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= min
                && n.doubleValue() <= max) {
            return n.intValue();
        }
        fail(key, "expected a whole number " + min + "-" + max + ", found " + found(v));
        return null;
    }

    void fail(String key, String message) {
        problems.add(new Problem(at(key), message));
    }

    static String found(Object v) {
        return JsonShapes.found(v);
    }
}
