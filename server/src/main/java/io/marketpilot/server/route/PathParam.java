package io.marketpilot.server.route;

import io.javalin.http.Context;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import java.util.function.Function;

/** A path parameter such as {@code {id}}; reading it into a typed id turns a rejected id into a 400 problem. */
public record PathParam(String name, String description) {

    public <T> T read(Context ctx, Function<String, T> typedId) {
        String raw = ctx.pathParam(name);
        try {
            return typedId.apply(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("path parameter '" + name + "' is not a valid id: " + e.getMessage(),
                    FieldProblem.parameter(name, "an id (" + e.getMessage() + ")", FieldError.describe(raw)));
        }
    }
}
