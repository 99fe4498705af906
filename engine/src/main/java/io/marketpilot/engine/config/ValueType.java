package io.marketpilot.engine.config;

import java.util.List;

/**
 * How one key's value is read and written: {@link #read} checks a node and returns the value, or null after adding a
 * problem that says what was expected and what was found; {@link #yaml} writes a value so that it reads back equal.
 */
interface ValueType<T> {
    T read(ConfigNode node, String path, List<ConfigProblem> problems);

    String yaml(T value);

    /** True for lists and mappings: an environment variable or flag then holds YAML (e.g. {@code [ials, ease]}). */
    default boolean structured() {
        return false;
    }

    /** What the key expects, for messages. */
    String expected();
}
