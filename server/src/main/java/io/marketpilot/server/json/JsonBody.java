package io.marketpilot.server.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body that must be one JSON object. A wrong media type is a 415 problem; malformed JSON is
 * left to Jackson's exception, which the exception mapper renders with line, column and pointer.
 */
public final class JsonBody {
    private final ObjectMapper mapper;

    public JsonBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Map<String, Object> readObject(Context ctx) throws IOException {
        String type = ctx.header("Content-Type");
        if (type != null && !type.isBlank() && !isJson(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "expected Content-Type application/json, got '" + type + "'");
        }
        byte[] body = ctx.bodyAsBytes();
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ProblemException.invalid("the body is empty: expected a JSON object",
                    FieldProblem.body("", "a JSON object", "nothing"));
        }
        Object value = mapper.readValue(body, Object.class);
        if (value instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) value;
            return object;
        }
        throw ProblemException.invalid("expected a JSON object", FieldProblem.body("", "a JSON object",
                value instanceof List<?> ? "an array" : String.valueOf(value)));
    }

    private static boolean isJson(String contentType) {
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }
}
