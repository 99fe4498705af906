package io.marketpilot.server.route;

import io.javalin.http.Context;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;

/** An integer query parameter with bounds and a default; reading it validates it (400 naming the parameter). */
public record IntParam(String name, String description, int min, int max, int defaultValue) implements QueryParam {
    public IntParam {
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    public int read(Context ctx) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        String expected = "an integer from " + min + " to " + max;
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        throw ProblemException.invalid("query parameter '" + name + "' must be " + expected,
                FieldProblem.parameter(name, expected, FieldError.describe(raw)));
    }

    @Override
    public java.util.Map<String, Object> schema() {
        return java.util.Map.of("type", "integer", "minimum", min, "maximum", max, "default", defaultValue);
    }
}
