/**
 * Prometheus metrics through Micrometer: {@link io.marketpilot.server.metrics.ServerMetrics} owns one registry
 * per server with request latency ({@code http_server_requests_seconds} by method, route template and status),
 * ingestion counters ({@code marketpilot_events_*_total}, {@code marketpilot_items_upserted_total},
 * {@code marketpilot_customers_upserted_total}) and JVM basics, scraped at {@code GET /metrics}.
 */
package io.marketpilot.server.metrics;
