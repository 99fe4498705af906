package io.marketpilot.core.validation;

/**
 * One problem with one field of an input record: where (a JSON-path-like field name such as
 * {@code timestamp} or {@code context.geo}), what was expected, and what was found.
 */
public record FieldError(String field, String expected, String found) {
    public FieldError {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field must name the offending field");
        }
    }

    /** Human-readable form, e.g. {@code timestamp: expected ISO-8601 instant with zone, found "yesterday"}. */
    public String message() {
        return field + ": expected " + expected + ", found " + found;
    }

    /** Renders a found value for messages: quoted and shortened strings, {@code nothing} for absent. */
    public static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String s) {
            String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
            return "\"" + shown + "\"";
        }
        if (value instanceof java.util.Map<?, ?>) {
            return "an object";
        }
        if (value instanceof java.util.List<?>) {
            return "an array";
        }
        return value.toString();
    }
}
