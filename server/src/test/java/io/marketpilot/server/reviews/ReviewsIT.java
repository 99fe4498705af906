package io.marketpilot.server.reviews;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.access.Role;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import io.marketpilot.server.http.WireEvents;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/reviews and GET /v1/items/{id}/insights against a real server on a random port. */
class ReviewsIT {
    @TempDir
    Path dir;
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
        api.send("PUT", "/v1/items", ADMIN_KEY, JSON, json(List.of(WireEvents.item("i1", "T恤", 50),
            WireEvents.item("quiet", "Quiet item", 5))));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void reviews_are_analysed_on_arrival_and_summarised() {
        String ingest = api.keyWith(Role.INGEST);
        Reply posted = api.send("POST", "/v1/reviews", ingest, JSON, json(List.of(
            Map.of("review_id", "r1", "item_id", "i1", "user_id", "u1", "text", "质量很好，物流很快，很满意",
                "timestamp", "2026-03-02T10:00:00Z"),
            Map.of("review_id", "r2", "item_id", "i1", "user_id", "u2", "text", "尺码偏小，质量也很差，退货了",
                "rating", 1, "timestamp", "2026-03-03T10:00:00Z"),
            Map.of("item_id", "i1", "user_id", "u3", "text", 42))));
        assertThat(posted.status()).isEqualTo(200);
        JsonNode body = posted.json();
        assertThat(body.get("accepted").asInt()).isEqualTo(2);
        assertThat(body.get("analysed").asInt()).isEqualTo(2);
        assertThat(body.get("rejected").asInt()).isEqualTo(1);
        assertThat(body.get("errors").get(0).get("index").asInt()).isEqualTo(2);
        assertThat(body.get("errors").toString()).contains("text");

        Reply insights = api.get("/v1/items/i1/insights", api.keyWith(Role.READ));
        assertThat(insights.status()).isEqualTo(200);
        JsonNode in = insights.json();
        assertThat(in.get("item_id").asText()).isEqualTo("i1");
        assertThat(in.get("reviews").asInt()).isEqualTo(2);
        assertThat(in.get("sentiment").get("positive").asDouble()).isEqualTo(0.5);
        assertThat(in.get("trend").get(0).get("week").asText()).isEqualTo("2026-W10");
        assertThat(in.get("aspects").toString()).contains("quality", "size-fit");
        assertThat(in.get("negative_quotes").get(0).get("review_id").asText()).isEqualTo("r2");
    }

    @Test
    void an_unknown_item_is_404_and_a_known_quiet_one_has_empty_insights() {
        assertThat(api.get("/v1/items/nope/insights", ADMIN_KEY).status()).isEqualTo(404);
        Reply quiet = api.get("/v1/items/quiet/insights", ADMIN_KEY);
        assertThat(quiet.status()).isEqualTo(200);
        assertThat(quiet.json().get("reviews").asInt()).isZero();
    }

    @Test
    void posting_reviews_needs_the_ingest_role() {
        Reply r = api.send("POST", "/v1/reviews", api.keyWith(Role.READ), JSON, "[]");
        assertThat(r.status()).isEqualTo(403);
    }
}
