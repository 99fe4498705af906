package io.marketpilot.server.segments;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /v1/segments: create, 400 with every problem's path, list, one with history, members, preview. */
class SegmentsIT {
    private static final String BUYERS = """
            {"id": "buyers", "name": "Buyers", "condition":
              {"performed": {"type": "purchase"}, "op": ">=", "value": 1, "window": "30d"}}""";

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

    @Test
    void a_segment_is_backfilled_kept_current_listed_and_paged() {
        ingest("e1", "u1");
        Reply created = api.send("POST", "/v1/segments", ADMIN_KEY, JSON, BUYERS);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/v1/segments/buyers");
        assertThat(created.json().get("size").asLong()).isEqualTo(1);

        ingest("e2", "u2");
        ingest("e3", "u3");
        Reply one = api.get("/v1/segments/buyers", ADMIN_KEY);
        assertThat(one.json().get("size").asLong()).isEqualTo(3);
        assertThat(one.json().get("definition").get("condition").get("window").asText()).isEqualTo("30d");
        assertThat(one.json().get("history")).isNotEmpty();

        Reply page = api.get("/v1/segments/buyers/members?limit=2", ADMIN_KEY);
        assertThat(page.json().get("members")).extracting(m -> m.asText()).containsExactly("u1", "u2");
        Reply last = api.get("/v1/segments/buyers/members?limit=2&after=" + page.json().get("next").asText(), ADMIN_KEY);
        assertThat(last.json().get("members")).extracting(m -> m.asText()).containsExactly("u3");
        assertThat(last.json().get("next").isNull()).isTrue();

        assertThat(api.get("/v1/segments", ADMIN_KEY).json().get("segments")).hasSize(1);
        assertThat(api.get("/v1/segments/nope", ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.send("POST", "/v1/segments", ADMIN_KEY, JSON, BUYERS).status()).isEqualTo(400);
    }

    @Test
    void a_bad_definition_answers_400_with_every_path_and_saves_nothing() {
        Reply r = api.send("POST", "/v1/segments", ADMIN_KEY, JSON, """
                {"id": "x", "condition": {"all": [
                  {"performed": {"type": "purchase"}, "op": ">=", "value": 1, "window": "x"},
                  {"trait": "city", "op": "~"}]}}""");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/condition/all/0/window", "/condition/all/1/op");
        assertThat(r.json().get("errors").get(0).get("detail").asText())
                .startsWith("$.condition.all[0].window: expected a duration like \"30d\"");
        assertThat(api.get("/v1/segments", ADMIN_KEY).json().get("segments")).isEmpty();
    }

    @Test
    void a_draft_is_previewed_without_saving() {
        ingest("e1", "u1");
        Reply r = api.send("POST", "/v1/segments/preview?sample=5", ADMIN_KEY, JSON, """
                {"condition": {"performed": {"type": "purchase"}, "op": ">=", "value": 1, "window": "30d"}}""");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("size").asLong()).isEqualTo(1);
        assertThat(r.json().get("sample")).extracting(m -> m.asText()).containsExactly("u1");
        assertThat(api.get("/v1/segments", ADMIN_KEY).json().get("segments")).isEmpty();
    }

    private void ingest(String id, String user) {
        Reply r = api.send("POST", "/v1/events", ADMIN_KEY, JSON, TestServer.json(List.of(Map.of("event_id", id,
                "type", "purchase", "user_id", user, "item_id", "sku-1", "timestamp",
                TestServer.NOW.minusSeconds(3600).toString()))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
