package io.marketpilot.server.route;

import io.javalin.http.Context;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A string query parameter, optionally repeatable ({@code ?item=a&item=b}) and optionally limited to a set of values
 * (400 naming the parameter and the allowed values otherwise).
 */
public record TextParam(String name, String description, boolean repeatable, List<String> allowed,
                        String defaultValue) implements QueryParam {
    private static final int MAX_LENGTH = 512;

    public TextParam {
        allowed = List.copyOf(allowed);
    }

    public static TextParam of(String name, String description) {
        return new TextParam(name, description, false, List.of(), null);
    }

    public static TextParam repeated(String name, String description) {
        return new TextParam(name, description, true, List.of(), null);
    }

    public static TextParam oneOf(String name, String description, List<String> allowed, String defaultValue) {
        return new TextParam(name, description, false, allowed, defaultValue);
    }

    /** The value, or the default (possibly null) when absent. */
    public String read(Context ctx) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return check(raw.strip());
    }

    /** Every value of a repeatable parameter, in order. */
    public List<String> readAll(Context ctx) {
        return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(v -> check(v.strip())).toList();
    }

    private String check(String v) {
        if (v.length() > MAX_LENGTH) {
            throw ProblemException.invalid("query parameter '" + name + "' is longer than " + MAX_LENGTH,
                FieldProblem.parameter(name, "at most " + MAX_LENGTH + " characters", FieldError.describe(v)));
        }
        if (!allowed.isEmpty() && !allowed.contains(v)) {
            String expected = "one of " + String.join(", ", allowed);
            throw ProblemException.invalid("query parameter '" + name + "' must be " + expected,
                FieldProblem.parameter(name, expected, FieldError.describe(v)));
        }
        return v;
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "string");
        s.put("maxLength", MAX_LENGTH);
        if (!allowed.isEmpty()) {
            s.put("enum", allowed);
        }
        if (defaultValue != null) {
            s.put("default", defaultValue);
        }
        if (repeatable) {
            return Map.of("type", "array", "items", s);
        }
        return s;
    }
}
