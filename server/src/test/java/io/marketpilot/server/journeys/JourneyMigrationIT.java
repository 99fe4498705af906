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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /v1/journeys/{id}/migrate on a real server and simulated time: customers waiting in version 1 move to
 * version 2 all or none; a step version 2 lacks refuses the whole migration (409 with the step and its runs) until
 * it is mapped; a dry run changes nothing; a wait whose duration changed is re-timed from when the run entered it,
 * an unchanged one keeps its wake-up; a reminder sent on version 1 is not sent again, later actions run on
 * version 2 with its keys; each run's history records the migration.
 */
class JourneyMigrationIT {
    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    private static final String SECRET = "0123456789abcdef0123";

    @TempDir
    Path dir;
    private final SimulatedClock clock = new SimulatedClock(START);
    private TestServer api;
    private WebhookReceiver hook;

    @BeforeEach
    void start() {
        api = TestServer.start(dir, clock, UnaryOperator.identity());
        hook = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        hook.close();
        api.close();
    }

    /** v1: wait 1h, remind, wait a day, coupon; v2 waits 2h first and calls the day's wait "wait-day". */
    private static String journey(String firstWait, String dayStep) {
        return """
            {"id": "cart", "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
             "steps": [
               {"id": "wait-1h", "type": "wait", "duration": "%1$s", "next": "remind"},
               {"id": "remind", "type": "send_message", "channel": "crm", "template": "abandoned_cart", "next": "%2$s"},
               {"id": "%2$s", "type": "wait", "duration": "1d", "next": "coupon"},
               {"id": "coupon", "type": "issue_coupon", "coupon": "cart-10", "next": "send-coupon"},
               {"id": "send-coupon", "type": "send_message", "channel": "crm", "template": "coupon", "next": "done"},
               {"id": "done", "type": "exit", "reason": "completed"}
             ],
             "exit_rules": [{"reason": "purchased", "event": {"type": "purchase"}}],
             "re_entry": "always"}
            """.formatted(firstWait, dayStep);
    }

    @Test
    void waiting_customers_move_to_the_new_version_once_all_steps_map_and_nothing_is_done_twice() {
        configureShop();
        assertThat(post("/v1/journeys", journey("1h", "wait-1d")).status()).isEqualTo(201);
        assertThat(post("/v1/journeys/cart/activate", null).status()).isEqualTo(200);
        events(addToCart("cy", "c0"));
        tick(Duration.ofMinutes(61)); // 10:01: cy is reminded on v1 and waits a day in wait-1d
        assertThat(hook.to("cy")).hasSize(1);
        assertThat(hook.to("cy").getFirst().idempotencyKey()).startsWith("cart:1:");
        events(addToCart("ann", "c1"), addToCart("bob", "c2")); // they wait in wait-1h until 11:01
        tick(Duration.ofMinutes(30));
        Reply v2 = api.send("PUT", "/v1/journeys/cart", ADMIN_KEY, JSON, journey("2h", "wait-day"));
        assertThat(v2.json().get("version").asInt()).as(v2.body()).isEqualTo(2);

        Reply refused = post("/v1/journeys/cart/migrate", "{\"from\": 1, \"to\": 2}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("nothing moved");
        JsonNode blocker = refused.json().get("errors");
        assertThat(blocker).hasSize(1);
        assertThat(blocker.get(0).get("pointer").asText()).isEqualTo("/steps/wait-1d");
        assertThat(blocker.get(0).get("found").asText()).isEqualTo("1 run(s) waiting in \"wait-1d\"");
        assertThat(blocker.get(0).get("detail").asText()).contains("v2 has no step \"wait-1d\"");
        assertThat(versionsOf("ann")).containsExactly(1);

        String mapped = "{\"from\": 1, \"to\": 2, \"steps\": {\"wait-1d\": \"wait-day\"}";
        Reply dry = post("/v1/journeys/cart/migrate", mapped + ", \"dry_run\": true}");
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("dry_run").asBoolean()).isTrue();
        assertThat(dry.json().get("migrated").asInt()).isEqualTo(3);
        assertThat(versionsOf("ann")).containsExactly(1);
        assertThat(versionsOf("cy")).containsExactly(1);

        Reply done = post("/v1/journeys/cart/migrate", mapped + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("dry_run").asBoolean()).isFalse();
        assertThat(done.json().get("migrated").asInt()).isEqualTo(3);
        assertThat(done.json().get("moves")).isEqualTo(dry.json().get("moves"));
        assertThat(done.json().get("moves").toString())
                .contains("{\"from_step\":\"wait-1h\",\"to_step\":\"wait-1h\",\"runs\":2,\"retimed\":2}")
                .contains("{\"from_step\":\"wait-1d\",\"to_step\":\"wait-day\",\"runs\":1,\"retimed\":0}");
        assertThat(versionsOf("ann")).containsExactly(2);
        JsonNode versions = api.get("/v1/journeys/cart", ADMIN_KEY).json().get("versions");
        assertThat(versions.get(0).get("active_runs").asInt()).isZero();
        assertThat(versions.get(1).get("active_runs").asInt()).isEqualTo(3);
        assertThat(post("/v1/journeys/cart/migrate", mapped + "}").json().get("migrated").asInt())
                .as("nobody is left on v1").isZero();

        tick(Duration.ofMinutes(31)); // 11:02: v1 would have reminded ann and bob; v2 waits two hours
        assertThat(hook.to("ann")).isEmpty();
        tick(Duration.ofHours(1)); // 12:02, two hours after they entered
        for (String who : List.of("ann", "bob")) {
            assertThat(hook.to(who)).as(who).hasSize(1);
            assertThat(hook.to(who).getFirst().idempotencyKey()).startsWith("cart:2:").contains(":remind:");
        }
        assertThat(hook.to("cy")).as("cy's reminder is not sent again").hasSize(1);

        tick(Duration.ofHours(22)); // 10:02 the next day: cy's unchanged day-long wait ends as it would have
        assertThat(hook.to("cy")).hasSize(2);
        assertThat(hook.to("cy").get(1).idempotencyKey()).startsWith("cart:2:").contains(":send-coupon:");
        JsonNode cy = api.get("/v1/customers/cy/journeys", ADMIN_KEY).json().get("journeys").get(0);
        assertThat(cy.get("version").asInt()).isEqualTo(2);
        List<String> history = new ArrayList<>();
        cy.get("history").forEach(h -> history.add(h.get("kind").asText() + " " + h.path("detail").asText()));
        assertThat(history).anyMatch(h -> h.startsWith("migrated v1 wait-1d -> v2 wait-day"));
    }

    @Test
    void bad_requests_and_unknown_journeys_or_versions() {
        configureShop();
        post("/v1/journeys", journey("1h", "wait-1d"));
        Reply bad = post("/v1/journeys/cart/migrate", "{\"from\": 0, \"steps\": [], \"dry\": 1}");
        assertThat(bad.status()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        bad.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertThat(pointers).containsExactlyInAnyOrder("/dry", "/from", "/to", "/steps");
        assertThat(post("/v1/journeys/cart/migrate", "{\"from\": 1, \"to\": 1}").status()).isEqualTo(400);
        Reply noVersion = post("/v1/journeys/cart/migrate", "{\"from\": 1, \"to\": 7}");
        assertThat(noVersion.status()).isEqualTo(404);
        assertThat(noVersion.json().get("detail").asText()).contains("no version 7").contains("[1]");
        assertThat(post("/v1/journeys/nope/migrate", "{\"from\": 1, \"to\": 2}").status()).isEqualTo(404);
        assertThat(api.send("POST", "/v1/journeys/cart/migrate", api.keyWith(io.marketpilot.core.access.Role.READ),
                JSON, "{\"from\": 1, \"to\": 2}").status()).isEqualTo(403);
    }

    private List<Integer> versionsOf(String user) {
        List<Integer> out = new ArrayList<>();
        api.get("/v1/customers/" + user + "/journeys", ADMIN_KEY).json().get("journeys")
                .forEach(j -> out.add(j.get("version").asInt()));
        return out;
    }

    private void configureShop() {
        Reply customers = api.send("PUT", "/v1/customers", ADMIN_KEY, JSON, TestServer.json(List.of(
                customer("ann"), customer("bob"), customer("cy"))));
        assertThat(customers.status()).as(customers.body()).isEqualTo(200);
        Reply webhook = api.send("PUT", "/v1/channels/crm", ADMIN_KEY, JSON, TestServer.json(Map.of("type", "webhook",
                "settings", Map.of("url", hook.url(), "secret", SECRET, "consent_topic", "email"))));
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(200);
        Reply coupon = post("/v1/coupons", """
                {"id": "cart-10", "discount": {"type": "percent", "percent": 10}, "currency": "EUR",
                 "valid_from": "2026-01-01T00:00:00Z", "valid_until": "2027-01-01T00:00:00Z"}""");
        assertThat(coupon.status()).as(coupon.body()).isEqualTo(201);
    }

    private static Map<String, Object> customer(String id) {
        return Map.of("user_id", id, "traits", Map.of("name", id, "email", id + "@example.com"),
                "consent", Map.of("email", true));
    }

    private Map<String, Object> addToCart(String user, String eventId) {
        return Map.of("event_id", eventId, "type", "add_to_cart", "user_id", user, "item_id", "sku-1",
                "quantity", 1, "price", 40, "currency", "EUR", "timestamp", clock.instant().toString());
    }

    @SafeVarargs
    private void events(Map<String, Object>... events) {
        Reply r = api.send("POST", "/v1/events", ADMIN_KEY, JSON, TestServer.json(List.of(events)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Moves the clock and runs what the background loops would: journey passes until nothing moves, the outbox. */
    private void tick(Duration by) {
        clock.advance(by);
        for (int pass = 0; pass < 10 && api.engine.journeys().runDue() > 0; pass++) {
            // each pass moves what the previous one made due
        }
        api.engine.messaging().deliverDue();
    }

    private Reply post(String path, String body) {
        return api.send("POST", path, ADMIN_KEY, body == null ? null : JSON, body);
    }
}
