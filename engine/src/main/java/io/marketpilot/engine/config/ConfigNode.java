package io.marketpilot.engine.config;

import java.util.List;
import java.util.Map;

/**
 * A parsed configuration value with where it stands (file line, environment variable or flag), so every problem can
 * name its place. Scalars keep their text exactly as written: the key's type decides what it means, not YAML's
 * guessing (so {@code 21:00} stays a time and {@code 010} is not octal).
 */
sealed interface ConfigNode {
    Origin origin();

    /** What a message says was found, e.g. {@code 'fortnight'}, {@code a list}. */
    String found();

    /** A scalar; {@code isNull} for {@code ~}, {@code null} or nothing after the colon. */
    record Scalar(String text, boolean isNull, Origin origin) implements ConfigNode {
        @Override
        public String found() {
            return isNull ? "nothing (null)" : "'" + text + "'";
        }
    }

    /** A mapping in file order; keys are unique (duplicates are reported while parsing). */
    record Mapping(Map<String, Field> fields, Origin origin) implements ConfigNode {
        @Override
        public String found() {
            return "a mapping";
        }
    }

    /** One entry of a mapping, with the key's own place. */
    record Field(String key, Origin keyOrigin, ConfigNode value) {
    }

    /** A sequence. */
    record Sequence(List<ConfigNode> items, Origin origin) implements ConfigNode {
        @Override
        public String found() {
            return "a list";
        }
    }
}
