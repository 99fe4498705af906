package io.marketpilot.server.problem;

/**
 * The closed set of problems the API reports. Each has a stable {@code type} URI (a URN: it names the problem,
 * there is nothing to dereference), the HTTP status it travels with, and a short title that never varies
 * between occurrences (RFC 9457 §3.1.3); the occurrence-specific text goes into {@code detail}.
 */
public enum ProblemType {
    MALFORMED_JSON(400, "Malformed JSON"),
    INVALID_REQUEST(400, "Invalid request"),
    UNAUTHORIZED(401, "Missing or invalid API key"),
    FORBIDDEN(403, "API key lacks the required role"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    CONFLICT(409, "Conflict with the current state"),
    BATCH_TOO_LARGE(413, "Batch too large"),
    BODY_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    INTERNAL(500, "Internal server error");

    private static final String PREFIX = "urn:marketpilot:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** e.g. {@code urn:marketpilot:problem:batch-too-large}. */
    public String uri() {
        return PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The status of a generic HTTP error (from the router, not our handlers) as a problem type. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
