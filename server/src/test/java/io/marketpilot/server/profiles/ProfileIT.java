package io.marketpilot.server.profiles;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.access.Role;
import io.marketpilot.server.http.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /v1/customers/{id}/profile over a real HTTP server. */
class ProfileIT {
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
    void the_profile_follows_posted_events_and_merges_the_visitor_on_identify() {
        var events = List.of(
                Map.of("event_id", "v1", "type", "view", "anonymous_id", "dev-9", "item_id", "sku-1",
                        "timestamp", "2026-03-01T09:00:00Z"),
                Map.of("event_id", "p1", "type", "purchase", "user_id", "carol", "item_id", "sku-1", "price", 30,
                        "timestamp", "2026-03-02T09:00:00Z", "properties", Map.of("coupon", "SPRING")),
                Map.of("event_id", "i1", "type", "identify", "user_id", "carol", "anonymous_id", "dev-9",
                        "timestamp", "2026-03-02T09:05:00Z", "properties", Map.of("traits", Map.of("city", "Lyon"),
                                "consent", Map.of("purpose", "marketing", "channel", "email", "status", "granted"))));
        assertThat(api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(events)).status()).isEqualTo(200);

        var reply = api.get("/v1/customers/carol/profile", api.keyWith(Role.READ));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("user_id").asText()).isEqualTo("carol");
        assertThat(body.get("merged_anonymous_ids").get(0).asText()).isEqualTo("dev-9");
        assertThat(body.get("event_counts").get("view").asInt()).isEqualTo(1);
        assertThat(body.get("traits").get("city").asText()).isEqualTo("Lyon");
        assertThat(body.get("attributes").get("price_sensitivity").get("discount_share").asDouble()).isEqualTo(1.0);
        assertThat(body.get("attributes").get("average_order_value").asDouble()).isEqualTo(30.0);
        assertThat(body.get("segments").isArray()).isTrue();
        assertThat(body.get("consent").get("email").asBoolean()).isTrue();
        assertThat(body.get("consent").get("statements").get(0).get("status").asText()).isEqualTo("granted");
        assertThat(api.get("/v1/customers/anon:dev-9/profile", ADMIN_KEY).json().get("user_id").asText()).isEqualTo("carol");

        var undo = api.send("DELETE", "/v1/customers/carol/merged/dev-9", ADMIN_KEY, JSON, "");
        assertThat(undo.status()).isEqualTo(200);
        assertThat(undo.json().get("merged_by_event").asText()).isEqualTo("i1");
        assertThat(api.get("/v1/customers/carol/profile", ADMIN_KEY).json().get("event_counts").has("view")).isFalse();
        assertThat(api.get("/v1/customers/anon:dev-9/profile", ADMIN_KEY).json().at("/event_counts/view").asInt()).isEqualTo(1);
        assertThat(api.send("DELETE", "/v1/customers/carol/merged/dev-9", ADMIN_KEY, JSON, "").status()).isEqualTo(404);
    }

    @Test
    void an_unknown_customer_is_a_404_problem() {
        var reply = api.get("/v1/customers/nobody/profile", ADMIN_KEY);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").asText()).contains("nobody");
    }
}
