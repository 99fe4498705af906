package io.marketpilot.engine.journey;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.testkit.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real engine on a data directory with simulated time: an outbox channel {@code box} (the local sink), a coupon
 * {@code cart-10}, customers with consent, and helpers to send events and move the clock.
 */
final class JourneyShop implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    final SimulatedClock clock = new SimulatedClock(T0);
    final Engine engine;
    private int events;

    JourneyShop(Path dir) {
        engine = Engine.open(EngineConfig.at(dir), clock);
        engine.messaging().configure(ChannelName.of("box"), "outbox", Map.of("consent_topic", "email"));
        engine.coupons().coupons().define(Map.of("id", "cart-10", "discount", Map.of("type", "percent", "percent", 10),
                "currency", "EUR",
                "valid_from", "2026-01-01T00:00:00Z", "valid_until", "2027-01-01T00:00:00Z",
                "per_customer_limit", 5, "budget", Map.of("codes", 1000)));
    }

    JourneyShop customers(String... ids) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (String id : ids) {
            batch.add(Map.of("user_id", id, "traits", Map.of("name", id, "email", id + "@example.com"),
                    "consent", Map.of("email", true, "push", true)));
        }
        engine.upsertCustomers(batch);
        return this;
    }

    void event(String type, String user) {
        Map<String, Object> e = new HashMap<>();
        e.put("event_id", "e" + (++events));
        e.put("type", type);
        e.put("user_id", user);
        e.put("item_id", "sku-1");
        e.put("price", 20);
        e.put("timestamp", clock.instant().toString());
        engine.ingestEvents(List.of(e));
    }

    /** Moves the clock, then runs the journey timers and the outbox as the background loops would. */
    void advance(Duration d) {
        clock.set(clock.instant().plus(d));
        engine.journeys().runDue();
        while (engine.messaging().deliverDue().total() > 0) {
            // drain
        }
    }

    /** Messages of the local sink (outbox channel {@code box}) in recording order. */
    List<OutboxEntry> box() {
        return engine.messaging().dispatcher().list(ChannelName.of("box"), null, 100_000);
    }

    /** Per message of the customer, its {@code label} data value (tests tell steps apart by it) or template, and status. */
    List<String> boxTemplatesOf(String user) {
        return box().stream().filter(e -> e.message().customer().value().equals(user))
                .map(e -> e.message().data().getOrDefault("label", e.message().template()) + ":" + e.status()).toList();
    }

    JourneySaved save(Map<String, Object> json) {
        return engine.journeys().save(json);
    }

    @Override
    public void close() {
        engine.close();
    }

    /** The abandoned-cart journey: wait 1h, remind, wait 1 day, coupon and a message with it; purchase exits. */
    static Map<String, Object> abandonedCart() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", "abandoned-cart");
        j.put("name", "Abandoned cart");
        j.put("trigger", Map.of("type", "event", "event", Map.of("type", "add_to_cart")));
        j.put("steps", List.of(
                Map.of("id", "wait-1h", "type", "wait", "duration", "1h", "next", "remind"),
                Map.of("id", "remind", "type", "send_message", "channel", "box", "template", "abandoned_cart",
                        "purpose", "marketing", "next", "wait-1d"),
                Map.of("id", "wait-1d", "type", "wait", "duration", "P1D", "next", "coupon"),
                Map.of("id", "coupon", "type", "issue_coupon", "coupon", "cart-10", "next", "send-coupon"),
                Map.of("id", "send-coupon", "type", "send_message", "channel", "box", "template", "coupon",
                        "purpose", "marketing", "data", Map.of("code", "{{coupon_code}}"), "next", "done"),
                Map.of("id", "done", "type", "exit", "reason", "completed")));
        j.put("exit_rules", List.of(Map.of("reason", "purchased", "event", Map.of("type", "purchase"))));
        j.put("re_entry", Map.of("after", "7d"));
        j.put("goal", Map.of("event", Map.of("type", "purchase"), "window", "7d"));
        return j;
    }

}
