package io.marketpilot.server.metrics;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.access.Role;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import io.marketpilot.server.http.WireEvents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /metrics after some traffic. */
class MetricsIT {

    @Test
    void counters_and_latency_by_route_template_appear_after_ingest(@TempDir Path dir) {
        try (TestServer api = TestServer.start(dir)) {
            List<Map<String, Object>> events = new ArrayList<>(WireEvents.views("m", 5));
            events.get(4).put("type", "teleport");
            api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(events));
            api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(events.subList(0, 2)));
            api.send("PUT", "/v1/items", ADMIN_KEY, JSON, json(List.of(WireEvents.item("a", "A", 1))));
            api.get("/v1/items/a", ADMIN_KEY);
            api.get("/v1/items/b", ADMIN_KEY);

            Reply r = api.get("/metrics", api.keyWith(Role.READ));

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("text/plain");
            assertThat(r.body())
                    .contains("marketpilot_events_accepted_total 4.0")
                    .contains("marketpilot_events_duplicates_total 2.0")
                    .contains("marketpilot_events_rejected_total 1.0")
                    .contains("marketpilot_items_upserted_total{outcome=\"created\"} 1.0")
                    .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/v1/events\",status=\"200\"} 2")
                    .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/v1/items/{id}\",status=\"200\"} 1")
                    .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/v1/items/{id}\",status=\"404\"} 1")
                    .contains("http_server_requests_seconds_bucket{method=\"POST\",route=\"/v1/events\",status=\"200\",le=\"0.1\"}")
                    .contains("jvm_memory_used_bytes")
                    .doesNotContain("route=\"/v1/items/a\"");
        }
    }
}
