package io.marketpilot.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep immutable copies of JSON-like trees (maps keep their key order). */
public final class JsonValues {
    private JsonValues() {}

    public static Map<String, Object> immutableCopy(Map<String, Object> map) {
        if (map.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>(map.size() * 2);
        map.forEach((key, value) -> out.put(key, copyValue(value))); // compact maps iterate without entry objects
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return immutableCopy((Map<String, Object>) m);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object e : list) {
                out.add(copyValue(e));
            }
            return Collections.unmodifiableList(out);
        }
        return v;
    }
}
