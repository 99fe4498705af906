package io.marketpilot.engine.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a small record written as a mapping (a frequency cap, a rate limit, a placement): unknown keys are problems
 * with a suggestion, missing required keys are problems, and each present key is read by its type.
 */
final class Fields {
    private final ConfigNode.Mapping mapping;
    private final String path;
    private final List<ConfigProblem> problems;
    private boolean failed;

    private Fields(ConfigNode.Mapping mapping, String path, List<ConfigProblem> problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node}, or empty after a problem when it is not a mapping or has keys not in {@code allowed}. */
    static Optional<Fields> of(ConfigNode node, String path, List<String> allowed, String example,
                               List<ConfigProblem> problems) {
        if (!(node instanceof ConfigNode.Mapping m)) {
            problems.add(new ConfigProblem(node.origin(), path, "expected a mapping such as " + example + ", found "
                    + node.found()));
            return Optional.empty();
        }
        boolean ok = true;
        for (Map.Entry<String, ConfigNode.Field> e : m.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(new ConfigProblem(e.getValue().keyOrigin(), path + "." + e.getKey(), "unknown key"
                        + NearestName.hint(e.getKey(), allowed)));
                ok = false;
            }
        }
        return ok ? Optional.of(new Fields(m, path, problems)) : Optional.empty();
    }

    /** The value of a required key (a problem when absent). */
    <T> T required(String key, ValueType<T> type) {
        ConfigNode.Field f = mapping.fields().get(key);
        if (f == null) {
            problems.add(new ConfigProblem(mapping.origin(), path, "missing key '" + key + "' (" + type.expected() + ")"));
            failed = true;
            return null;
        }
        return read(f, type);
    }

    /** The value of an optional key, or {@code absent}. */
    <T> T optional(String key, ValueType<T> type, T absent) {
        ConfigNode.Field f = mapping.fields().get(key);
        return f == null ? absent : read(f, type);
    }

    private <T> T read(ConfigNode.Field f, ValueType<T> type) {
        T v = type.read(f.value(), path + "." + f.key(), problems);
        failed |= v == null;
        return v;
    }

    /** True when every key read so far was present and valid. */
    boolean ok() {
        return !failed;
    }

    ConfigNode.Mapping mapping() {
        return mapping;
    }
}
