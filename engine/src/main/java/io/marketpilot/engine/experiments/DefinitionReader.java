package io.marketpilot.engine.experiments;

import io.marketpilot.core.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads from a JSON-like map that collect every problem with its path instead of stopping at the first. */
final class DefinitionReader {
    final List<FieldError> errors = new ArrayList<>();

    String string(Map<String, Object> map, String path, String key, String fallback, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(path + key, "a string", "nothing"));
            }
            return fallback;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            errors.add(new FieldError(path + key, "a non-blank string", FieldError.describe(v)));
            return fallback;
        }
        return s.strip();
    }

    double number(Map<String, Object> map, String path, String key, double fallback, double min, double max) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || !(n.doubleValue() >= min && n.doubleValue() <= max)) {
            errors.add(new FieldError(path + key, "a number in [" + min + ", " + max + "]", FieldError.describe(v)));
            return fallback;
        }
        return n.doubleValue();
    }

    boolean bool(Map<String, Object> map, String path, String key, boolean fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            errors.add(new FieldError(path + key, "true or false", FieldError.describe(v)));
            return fallback;
        }
        return b;
    }

    List<?> list(Map<String, Object> map, String path, String key, int minSize) {
        Object v = map.get(key);
        if (!(v instanceof List<?> l) || l.size() < minSize) {
            errors.add(new FieldError(path + key, "an array of at least " + minSize,
                    v instanceof List<?> few ? few.size() + " elements" : FieldError.describe(v)));
            return v instanceof List<?> few ? few : List.of(); // still read, so their own errors show too
        }
        return l;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Object v, String path) {
        if (!(v instanceof Map<?, ?> m)) {
            errors.add(new FieldError(path, "an object", FieldError.describe(v)));
            return Map.of();
        }
        return (Map<String, Object>) m;
    }
}
