package io.marketpilot.server.journeys;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import io.marketpilot.testkit.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /v1/journeys/{id}/report on simulated time: entries, exits, conversions, holdout against treated. */
class JourneyReportIT {
    @TempDir
    Path dir;
    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-10T09:00:00Z"));
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir, clock, UnaryOperator.identity());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply post(String path, String body) {
        return api.send("POST", path, ADMIN_KEY, body == null ? null : JSON, body);
    }

    private void ingest(List<Map<String, Object>> events) {
        Reply r = api.send("POST", "/v1/events", ADMIN_KEY, JSON, TestServer.json(events));
        assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(events.size());
    }

    @Test
    void the_report_compares_treated_with_held_out_customers() {
        Reply created = post("/v1/journeys", """
                {"id": "tag-carts", "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
                 "steps": [
                   {"id": "measure", "type": "split", "holdout_percent": 50,
                    "arms": [{"name": "tagged", "weight": 1, "next": "tag"}]},
                   {"id": "tag", "type": "set_trait", "trait": "cart_tagged", "value": true, "next": "done"},
                   {"id": "done", "type": "exit"}
                 ],
                 "goal": {"event": {"type": "purchase"}, "window": "7d"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        post("/v1/journeys/tag-carts/activate", null);
        List<Map<String, Object>> carts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            carts.add(Map.of("event_id", "cart-" + i, "type", "add_to_cart", "user_id", "c" + i, "item_id", "sku-1",
                    "timestamp", clock.instant().toString()));
        }
        ingest(carts);
        clock.advance(Duration.ofHours(2));
        List<Map<String, Object>> purchases = new ArrayList<>();
        for (int i = 0; i < 60; i += 3) { // every third customer buys, held out or not
            purchases.add(Map.of("event_id", "buy-" + i, "type", "purchase", "user_id", "c" + i, "item_id", "sku-1",
                    "price", 10, "currency", "EUR", "timestamp", clock.instant().toString()));
        }
        ingest(purchases);

        JsonNode report = api.get("/v1/journeys/tag-carts/report", ADMIN_KEY).json();
        assertThat(report.get("entered").asInt()).isEqualTo(60);
        assertThat(report.get("converted").asInt()).isEqualTo(20);
        int held = report.at("/holdout/entered").asInt();
        assertThat(held).isBetween(15, 45);
        assertThat(report.at("/treated/entered").asInt()).isEqualTo(60 - held);
        assertThat(report.at("/holdout/converted").asInt() + report.at("/treated/converted").asInt()).isEqualTo(20);
        assertThat(report.at("/exited_by/completed").asInt()).isEqualTo(60 - held);
        assertThat(report.at("/in_step/measure").asInt()).as("held out until the window ends").isEqualTo(held);
        JsonNode effect = report.get("effect");
        assertThat(effect.isObject()).as(report.toString()).isTrue();
        assertThat(effect.get("absolute_lift").asDouble()).isCloseTo(report.at("/treated/rate").asDouble()
                - report.at("/holdout/rate").asDouble(), Offset.offset(1e-9));
        assertThat(effect.get("absolute_interval")).hasSize(2);
        assertThat(effect.get("p_value").asDouble()).isBetween(0.0, 1.0);
    }

}
