package io.marketpilot.server.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.marketpilot.server.auth.AccessGuard;
import io.marketpilot.server.auth.Principal;
import io.marketpilot.server.metrics.ServerMetrics;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Request ids and the access log. Every request gets an id (the client's {@code X-Request-Id} when it is a
 * sane token, else a fresh one), echoed in the response header and in problem documents. Every answered
 * request is timed into {@code http_server_requests} under its route template and logged as one structured
 * line (key-values: method, path, route, status, ms, key id, request_id) at DEBUG, or at WARN with the
 * exception for 5xx.
 */
final class RequestLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger("io.marketpilot.server.access");
    private static final String ID_ATTRIBUTE = "marketpilot.requestId";
    private static final String HEADER = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final String UNMATCHED = "unmatched";

    private final ServerMetrics metrics;

    RequestLog(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    void assignId(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(ID_ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    static String requestId(Context ctx) {
        return ctx.attribute(ID_ATTRIBUTE);
    }

    @Override
    public void handle(Context ctx, Float executionMs) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? UNMATCHED : matched.path;
        int status = ctx.statusCode();
        long nanos = executionMs == null ? 0 : (long) (executionMs * 1_000_000.0);
        metrics.request(ctx.method().name(), route, status, nanos);
        boolean failed = status >= 500;
        if (!failed && !LOG.isDebugEnabled()) {
            return;
        }
        LoggingEventBuilder line = (failed ? LOG.atWarn() : LOG.atDebug()).setMessage("request")
                .addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path())
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("ms", executionMs)
                .addKeyValue("key", key(ctx))
                .addKeyValue("request_id", requestId(ctx));
        Throwable error = ctx.attribute(ProblemMapper.ERROR_ATTRIBUTE);
        if (failed && error != null) {
            line = line.setCause(error);
        }
        line.log();
    }

    private static String key(Context ctx) {
        return AccessGuard.principal(ctx).map(Principal::keyId).orElse("-");
    }
}
