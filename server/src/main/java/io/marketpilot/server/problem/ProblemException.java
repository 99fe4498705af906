package io.marketpilot.server.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by handlers to answer with a problem. Carries no stack trace: it is an expected outcome at the
 * boundary, not a bug. {@code headers} are added to the response (e.g. {@code WWW-Authenticate}, {@code Allow}).
 */
public final class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldProblem> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail, List<FieldProblem> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public static ProblemException invalid(String detail, FieldProblem... errors) {
        return new ProblemException(ProblemType.INVALID_REQUEST, detail, List.of(errors), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
