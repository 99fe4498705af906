package io.marketpilot.engine.config;

/**
 * One thing wrong with the configuration: where (file and line, environment variable or flag), which key path, and
 * what was expected against what was found, e.g.
 * {@code marketpilot.yaml:12 messaging.caps[1].per: expected one of day|week|month, found 'fortnight'}.
 */
public record ConfigProblem(Origin origin, String path, String message) {
    @Override
    public String toString() {
        return origin.label() + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
