package io.marketpilot.server.recommendations;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
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

/** GET /v1/customers/{id}/recommendations and GET /v1/items/{id}/similar. */
class RecommendationsIT {
    @TempDir
    Path dir;
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(WireEvents.item("i" + i, "Item " + i, 10 + i));
        }
        api.send("PUT", "/v1/items", ADMIN_KEY, JSON, json(items));
        List<Map<String, Object>> purchases = new ArrayList<>();
        for (int u = 0; u < 20; u++) {   // everyone who buys i0 also buys i1; some buy i2
            purchases.add(WireEvents.event("p" + u + "a", "purchase", "u" + u, "i0", WireEvents.T0.plusSeconds(u * 100L)));
            purchases.add(WireEvents.event("p" + u + "b", "purchase", "u" + u, "i1", WireEvents.T0.plusSeconds(u * 100L + 5)));
            if (u % 2 == 0) {
                purchases.add(WireEvents.event("p" + u + "c", "purchase", "u" + u, "i2", WireEvents.T0.plusSeconds(u * 100L + 9)));
            }
        }
        api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(purchases));
        api.engine.trainRecommendations();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_customer_gets_scored_explained_items() {
        Reply r = api.get("/v1/customers/u1/recommendations?n=3", ADMIN_KEY);

        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.has("model")).isTrue();
        assertThat(body.get("items")).isNotEmpty().hasSizeLessThanOrEqualTo(3).allSatisfy(item -> {
            assertThat(item.get("item_id").asText()).isNotBlank();
            assertThat(item.get("score").isNumber()).isTrue();
            assertThat(item.get("reason").asText()).isNotBlank();
        });
    }

    @Test
    void similar_items_of_a_known_item() {
        Reply r = api.get("/v1/items/i0/similar?n=2", ADMIN_KEY);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("items")).hasSizeLessThanOrEqualTo(2);
        assertThat(r.json().get("items").get(0).get("item_id").asText()).isEqualTo("i1");
    }

    @Test
    void unknown_items_are_404_and_n_is_validated() {
        assertThat(api.get("/v1/items/nope/similar", ADMIN_KEY).status()).isEqualTo(404);
        Reply bad = api.get("/v1/customers/u1/recommendations?n=0", ADMIN_KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("parameter").asText()).isEqualTo("n");
        assertThat(api.get("/v1/customers/stranger/recommendations", ADMIN_KEY).status()).isEqualTo(200);
    }
}
