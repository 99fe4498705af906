package io.marketpilot.server.stats;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.WireEvents;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /v1/stats. */
class StatsIT {

    @Test
    void stats_count_what_was_stored(@TempDir Path dir) {
        try (TestServer api = TestServer.start(dir)) {
            JsonNode empty = api.get("/v1/stats", ADMIN_KEY).json();
            assertThat(empty.get("events").get("total").asLong()).isZero();
            assertThat(empty.get("events").get("first").isNull()).isTrue();

            api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(WireEvents.views("s", 10)));
            api.send("PUT", "/v1/items", ADMIN_KEY, JSON, json(List.of(WireEvents.item("i1", "One", 1))));

            JsonNode stats = api.get("/v1/stats", ADMIN_KEY).json();
            JsonNode events = stats.get("events");
            assertThat(events.get("total").asLong()).isEqualTo(10);
            assertThat(events.get("by_type").get("view").asLong()).isEqualTo(10);
            assertThat(events.get("actors").asLong()).isEqualTo(7);
            assertThat(events.get("bot_events").asLong()).isZero();
            assertThat(events.get("first").asText()).isEqualTo("2026-03-01T10:00:00Z");
            assertThat(events.get("last").asText()).isEqualTo("2026-03-01T10:00:09Z");
            assertThat(stats.get("items").asLong()).isEqualTo(1);
            assertThat(stats.get("customers").asLong()).isZero();
        }
    }
}
