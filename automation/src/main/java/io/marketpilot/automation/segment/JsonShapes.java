package io.marketpilot.automation.segment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Describes a JSON-like value for messages ("found 'x'", "found a list") and checks object fields. */
public final class JsonShapes {
    private JsonShapes() {}

    /** How a value found in JSON reads in an error message ("nothing", a quoted text, "an object", "a list"). */
    public static String found(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        return String.valueOf(v);
    }

    /** Reports every key of {@code object} not in {@code allowed}. */
    static void onlyKnown(Map<?, ?> object, Set<String> allowed, String path, List<Problem> problems) {
        for (Object key : object.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                problems.add(new Problem(path + "." + key, "unknown field; expected one of "
                        + allowed.stream().sorted().toList()));
            }
        }
    }
}
