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

/** Recommendation routes and the model registry routes, against a real server on a random port. */
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

    private static List<String> ids(Reply r) {
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("item_id").asText()));
        return ids;
    }

    @Test
    void rules_apply_inside_retrieval_and_answers_carry_the_model_version() {
        // u3 bought i0 and i1; i2..i7 are eligible; excluding i2 leaves exactly five
        Reply r = api.get("/v1/recommendations/u3?n=5&exclude=item:i2&placement=home", ADMIN_KEY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(ids(r)).containsExactlyInAnyOrder("i3", "i4", "i5", "i6", "i7");
        assertThat(r.json().get("model").asText()).isEqualTo("shop-recommender@1");
        assertThat(r.json().get("model_version").asLong()).isEqualTo(1);
        assertThat(r.json().get("strategy").asText()).isEqualTo("personal");

        Reply only = api.get("/v1/recommendations/u3?n=5&include=item:i4&include=item:i6", ADMIN_KEY);
        assertThat(ids(only)).containsExactlyInAnyOrder("i4", "i6");
    }

    @Test
    void bad_rules_and_placements_are_400_with_what_was_expected() {
        Reply rule = api.get("/v1/recommendations/u3?include=colour:red", ADMIN_KEY);
        assertThat(rule.status()).isEqualTo(400);
        assertThat(rule.json().get("detail").asText()).contains("unknown field 'colour'");
        Reply placement = api.get("/v1/recommendations/u3?placement=sidebar", ADMIN_KEY);
        assertThat(placement.status()).isEqualTo(400);
        assertThat(placement.json().get("errors").get(0).get("parameter").asText()).isEqualTo("placement");
    }

    @Test
    void an_event_posted_now_changes_the_next_answer() {
        assertThat(ids(api.get("/v1/recommendations/u3?n=6", ADMIN_KEY))).contains("i2");
        api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(List.of(
            WireEvents.event("rt-u3", "purchase", "u3", "i2", WireEvents.T0.plusSeconds(10_000)))));
        assertThat(ids(api.get("/v1/recommendations/u3?n=6", ADMIN_KEY))).doesNotContain("i2");
    }

    @Test
    void bought_together_and_because_answer_item_questions() {
        Reply together = api.get("/v1/items/i0/bought-together?n=3", ADMIN_KEY);
        assertThat(together.status()).isEqualTo(200);
        assertThat(ids(together).get(0)).isEqualTo("i1");
        Reply because = api.get("/v1/recommendations/u5/because/i2?n=3", ADMIN_KEY);
        assertThat(because.status()).isEqualTo(200);
        assertThat(because.json().get("strategy").asText()).isEqualTo("related");
        assertThat(api.get("/v1/recommendations/u5/because/nope", ADMIN_KEY).status()).isEqualTo(404);
    }

    @Test
    void the_registry_trains_lists_and_rolls_back_over_http() {
        Reply trained = api.send("POST", "/v1/models/train", ADMIN_KEY, JSON, "");
        assertThat(trained.status()).as(trained.body()).isEqualTo(200);
        assertThat(trained.json().get("version").asLong()).isEqualTo(2);
        Reply list = api.get("/v1/models", ADMIN_KEY);
        assertThat(list.json().get("versions")).hasSize(2);
        assertThat(list.json().get("versions").get(0).get("version").asLong()).isEqualTo(2);
        Reply back = api.send("POST", "/v1/models/rollback", ADMIN_KEY, JSON, "");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("version").asLong()).isEqualTo(1);
        assertThat(back.json().get("status").asText()).isEqualTo("active");
        assertThat(api.send("POST", "/v1/models/99/activate", ADMIN_KEY, JSON, "").status()).isEqualTo(404);
    }
}
