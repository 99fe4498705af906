package io.marketpilot.engine.config;

import java.util.List;
import java.util.function.Function;

/**
 * A value written as one scalar: {@code parse} turns the (stripped) text into the value, or returns null or throws
 * {@link IllegalArgumentException} when it is not one; the problem then says what was expected and what was found.
 */
record ScalarType<T>(String expected, Function<String, T> parse, Function<T, String> format, boolean nullable)
        implements ValueType<T> {
    @Override
    public T read(ConfigNode node, String path, List<ConfigProblem> problems) {
        if (!(node instanceof ConfigNode.Scalar s) || (s.isNull() && !nullable)) {
            problems.add(new ConfigProblem(node.origin(), path, "expected " + expected + ", found " + node.found()));
            return null;
        }
        String text = s.isNull() ? "" : s.text().strip();
        try {
            T value = parse.apply(text);
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            problems.add(new ConfigProblem(node.origin(), path, "expected " + expected + ", found " + s.found()));
            return null;
        }
    }

    @Override
    public String yaml(T value) {
        return format.apply(value);
    }
}
