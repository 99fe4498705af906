package io.marketpilot.engine.config;

import java.util.Locale;
import java.util.function.Function;

/**
 * One key of {@code marketpilot.yaml}: its dotted path (e.g. {@code nlp.encoder.variant}), its type, and where its
 * value sits in the record tree (which also gives its default). {@code secret} values are masked when shown.
 */
record ConfigKey<T>(String path, ValueType<T> type, Function<EngineConfig, T> get, boolean secret) {
    /** The environment variable that overrides it: {@code MARKETPILOT_} and the upper-snake path. */
    String envVariable() {
        return envVariableOf(path);
    }

    static String envVariableOf(String path) {
        return "MARKETPILOT_" + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The section the key is in ({@code nlp.encoder}), or "" at the top. */
    String section() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The value written as YAML, masked when secret and not empty. */
    String shown(T value) {
        String text = type.yaml(value);
        return secret && !"\"\"".equals(text) ? "\"***\"" : text;
    }
}
