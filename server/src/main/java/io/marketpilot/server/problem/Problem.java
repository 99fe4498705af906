package io.marketpilot.server.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field-level problems (omitted when empty);
 * {@code requestId} echoes the {@code X-Request-Id} so a client can quote it and an operator can find the log line.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldProblem> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail, String instance, String requestId,
                             List<FieldProblem> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId, errors);
    }

    /** A problem of {@code type} sent with another status (a router error without a type of its own). */
    public static Problem withStatus(ProblemType type, int status, String detail, String instance, String requestId) {
        return new Problem(type.uri(), type.title(), status, detail, instance, requestId, List.of());
    }
}
