package io.marketpilot.server.events;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.NDJSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import io.marketpilot.server.http.WireEvents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/events: batches, replays, limits, NDJSON and per-event errors. */
class EventsIT {
    @TempDir
    Path dir;
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply post(String contentType, String body) {
        return api.send("POST", "/v1/events", ADMIN_KEY, contentType, body);
    }

    private long storedEvents() {
        return api.engine.stats().events().total();
    }

    @Test
    void a_valid_batch_is_accepted_and_stored() {
        Reply r = post(JSON, json(WireEvents.views("ok", 25)));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("accepted").asInt()).isEqualTo(25);
        assertThat(body.get("duplicates").asInt()).isZero();
        assertThat(body.get("rejected").asInt()).isZero();
        assertThat(body.get("errors")).isEmpty();
        assertThat(storedEvents()).isEqualTo(25);
    }

    @Test
    void replaying_a_batch_counts_duplicates_and_changes_nothing() {
        String batch = json(WireEvents.views("replay", 40));
        post(JSON, batch);
        var before = api.engine.stats();

        JsonNode again = post(JSON, batch).json();

        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(40);
        assertThat(api.engine.stats()).isEqualTo(before);
    }

    @Test
    void one_event_over_the_limit_is_413_and_nothing_is_stored() {
        Reply r = post(JSON, json(WireEvents.views("big", 10_001)));

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("urn:marketpilot:problem:batch-too-large");
        assertThat(r.json().get("detail").asText()).contains("10000").contains("split");
        assertThat(storedEvents()).isZero();
    }

    @Test
    void exactly_the_limit_is_accepted() {
        Reply r = post(NDJSON, WireEvents.ndjson(WireEvents.views("max", 10_000)));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(10_000);
    }

    @Test
    void ndjson_with_one_malformed_line_rejects_that_index_and_accepts_the_rest() {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> e : WireEvents.views("nd", 5)) {
            lines.add(json(e));
        }
        lines.set(2, "{\"event_id\": \"nd-2\", \"type\": \"view\",,}");

        Reply r = post(NDJSON, String.join("\n", lines));

        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("accepted").asInt()).isEqualTo(4);
        assertThat(body.get("rejected").asInt()).isEqualTo(1);
        JsonNode error = body.get("errors").get(0);
        assertThat(error.get("index").asInt()).isEqualTo(2);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("errors").get(0).get("pointer").asText()).isEqualTo("/2");
        assertThat(error.get("errors").get(0).get("column").asInt()).isPositive();
    }

    @Test
    void field_errors_carry_json_pointers_into_the_batch() {
        List<Map<String, Object>> events = new ArrayList<>(WireEvents.views("bad", 5));
        events.get(3).put("timestamp", "yesterday");
        events.get(4).remove("item_id");

        JsonNode body = post(JSON, json(events)).json();

        assertThat(body.get("accepted").asInt()).isEqualTo(3);
        assertThat(body.get("rejected").asInt()).isEqualTo(2);
        JsonNode third = body.get("errors").get(0);
        assertThat(third.get("index").asInt()).isEqualTo(3);
        assertThat(third.has("line")).isFalse();
        JsonNode problem = third.get("errors").get(0);
        assertThat(problem.get("pointer").asText()).isEqualTo("/3/timestamp");
        assertThat(problem.get("expected").asText()).contains("ISO-8601");
        assertThat(problem.get("found").asText()).contains("yesterday");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(body.get("errors").get(1).get("errors").get(0).get("pointer").asText()).isEqualTo("/4/item_id");
    }

    @Test
    void a_malformed_json_array_is_a_400_with_line_column_and_pointer() {
        Reply r = post(JSON, "[\n  {\"event_id\": \"a\", \"type\": \"view\"},\n  {\"event_id\": \"b\", \"type\": vi}\n]");

        assertThat(r.status()).isEqualTo(400);
        JsonNode p = r.json();
        assertThat(p.get("type").asText()).isEqualTo("urn:marketpilot:problem:malformed-json");
        JsonNode e = p.get("errors").get(0);
        assertThat(e.get("line").asInt()).isEqualTo(3);
        assertThat(e.get("column").asInt()).isPositive();
        assertThat(e.get("pointer").asText()).isEqualTo("/1/type");
        assertThat(storedEvents()).isZero();
    }

    @Test
    void unknown_fields_are_kept_and_history_is_newest_first_in_wire_format() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var e = WireEvents.event("h-" + i, "purchase", "alice", "sku-" + i, WireEvents.T0.plusSeconds(60L * i));
            e.put("price", "19.90");
            e.put("currency", "eur");
            e.put("campaign", "spring-" + i);
            events.add(e);
        }
        post(JSON, json(events));

        Reply r = api.get("/v1/customers/alice/events?limit=2", ADMIN_KEY);

        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json().get("events");
        assertThat(list).hasSize(2);
        JsonNode newest = list.get(0);
        assertThat(newest.get("event_id").asText()).isEqualTo("h-2");
        assertThat(newest.get("type").asText()).isEqualTo("purchase");
        assertThat(newest.get("user_id").asText()).isEqualTo("alice");
        assertThat(newest.get("item_id").asText()).isEqualTo("sku-2");
        assertThat(newest.get("timestamp").asText()).isEqualTo("2026-03-01T10:02:00Z");
        assertThat(newest.get("price").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(newest.get("currency").asText()).isEqualTo("EUR");
        assertThat(newest.get("campaign").asText()).isEqualTo("spring-2");
        assertThat(list.get(1).get("event_id").asText()).isEqualTo("h-1");
    }

    @Test
    void the_history_limit_is_validated() {
        for (String limit : new String[] {"0", "1001", "ten"}) {
            Reply r = api.get("/v1/customers/alice/events?limit=" + limit, ADMIN_KEY);

            assertThat(r.status()).as(limit).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("parameter").asText()).isEqualTo("limit");
        }
        assertThat(api.get("/v1/customers/nobody/events", ADMIN_KEY).json().get("events")).isEmpty();
    }
}
