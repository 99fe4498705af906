package io.marketpilot.server.metrics;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.server.route.Route;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;

/** The server's meters and the {@code GET /metrics} route (see package docs). Close it when the server stops. */
public final class ServerMetrics implements AutoCloseable {
    /** Prometheus text exposition format 0.0.4. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    /** What a bulk upsert wrote. */
    public enum Kind { ITEMS, CUSTOMERS }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter accepted;
    private final Counter rejected;
    private final Counter duplicates;

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        accepted = events("accepted", "events newly stored");
        rejected = events("rejected", "events rejected as invalid");
        duplicates = events("duplicates", "events already stored (replays)");
    }

    public void eventsIngested(int acceptedCount, int duplicateCount, int rejectedCount) {
        accepted.increment(acceptedCount);
        duplicates.increment(duplicateCount);
        rejected.increment(rejectedCount);
    }

    public void upserted(Kind kind, int created, int updated, int unchanged, int rejectedCount) {
        upsertCounter(kind, "created").increment(created);
        upsertCounter(kind, "updated").increment(updated);
        upsertCounter(kind, "unchanged").increment(unchanged);
        upsertCounter(kind, "rejected").increment(rejectedCount);
    }

    /** Records one answered request; {@code route} is the template ({@code /v1/items/{id}}), never the raw path. */
    public void request(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }

    public Route route() {
        return Route.get("/metrics").requires(Role.READ)
                .summary("metrics", "operations", "Prometheus metrics")
                .description("Request latency histograms, ingestion counters and JVM metrics in the Prometheus "
                        + "text format. Counters count what arrived over HTTP since this server started.")
                .returnsText("text/plain", "Prometheus text exposition format 0.0.4")
                .handle(this::scrape);
    }

    private void scrape(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(registry.scrape());
    }

    private Counter events(String outcome, String description) {
        return Counter.builder("marketpilot.events." + outcome).description(description).register(registry);
    }

    private Counter upsertCounter(Kind kind, String outcome) {
        return Counter.builder("marketpilot." + kind.name().toLowerCase(Locale.ROOT) + ".upserted")
                .description("records of bulk upserts by outcome").tag("outcome", outcome).register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
