package io.marketpilot.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.marketpilot.engine.ingest.BatchTooLargeException;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.Problem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The one exception mapper of the application: every exception a request raises, and every error the router
 * produces (404, 405, 413), leaves as an RFC 9457 problem. Unexpected exceptions become a 500 whose detail
 * names only the request id; the exception itself goes to the log (see {@link RequestLog}).
 */
final class ProblemMapper {
    static final String ERROR_ATTRIBUTE = "marketpilot.error";

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    ProblemMapper(ObjectMapper mapper, long maxBodyBytes) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    void handle(Exception e, Context ctx) {
        switch (e) {
            case ProblemException p -> write(ctx, p.type(), p.detail(), p.errors(), p.headers());
            case HttpResponseException h -> routerError(h, ctx);
            case BatchTooLargeException b -> write(ctx, ProblemType.BATCH_TOO_LARGE, b.getMessage(),
                    List.of(FieldProblem.body("", "at most " + b.limit() + " records", b.size() + " records")), Map.of());
            case JsonProcessingException j -> write(ctx, ProblemType.MALFORMED_JSON,
                    "the body is not valid JSON: " + MalformedJson.describe(j).detail(),
                    List.of(MalformedJson.describe(j)), Map.of());
            default -> {
                ctx.attribute(ERROR_ATTRIBUTE, e);
                write(ctx, ProblemType.INTERNAL, "the server failed to answer; quote request id "
                        + RequestLog.requestId(ctx) + " when reporting it", List.of(), Map.of());
            }
        }
    }

    /** Errors of the JVM itself (e.g. OutOfMemoryError): still a problem document, never a stack trace. */
    void handleError(HttpServletResponse res, Error error) {
        res.setStatus(500);
        res.setContentType(Problem.MEDIA_TYPE);
        try {
            Problem p = Problem.of(ProblemType.INTERNAL, "the server failed to answer", null, null, List.of());
            res.getOutputStream().write(mapper.writeValueAsBytes(p));
        } catch (IOException ignored) {
            // the connection is gone; nothing more to tell the client
        }
    }

    private void routerError(HttpResponseException h, Context ctx) {
        String route = ctx.method() + " " + ctx.path();
        switch (h.getStatus()) {
            case 404 -> write(ctx, ProblemType.NOT_FOUND, "no route " + route + "; the API is described at /openapi.json",
                    List.of(), Map.of());
            case 405 -> {
                String allowed = h.getDetails().getOrDefault("availableMethods", "");
                write(ctx, ProblemType.METHOD_NOT_ALLOWED, ctx.path() + " does not accept " + ctx.method()
                        + (allowed.isEmpty() ? "" : "; it accepts " + allowed), List.of(),
                        allowed.isEmpty() ? Map.of() : Map.of("Allow", allowed));
            }
            case 413 -> write(ctx, ProblemType.BODY_TOO_LARGE, "the body exceeds the limit of " + maxBodyBytes
                    + " bytes; split it into smaller requests", List.of(FieldProblem.body("",
                    "at most " + maxBodyBytes + " bytes", "a larger body")), Map.of());
            default -> send(ctx, Problem.withStatus(ProblemType.forStatus(h.getStatus()), h.getStatus(), h.getMessage(),
                    ctx.path(), RequestLog.requestId(ctx)), Map.of());
        }
    }

    private void write(Context ctx, ProblemType type, String detail, List<FieldProblem> errors, Map<String, String> headers) {
        send(ctx, Problem.of(type, detail, ctx.path(), RequestLog.requestId(ctx), errors), headers);
    }

    private void send(Context ctx, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException impossible) {
            body = ("{\"status\":" + problem.status() + "}").getBytes(StandardCharsets.UTF_8);
        }
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(body);
    }
}
