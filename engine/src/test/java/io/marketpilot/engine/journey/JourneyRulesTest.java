package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.id.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holdouts, versions, validation and the time-based triggers on a real engine with simulated time. */
class JourneyRulesTest {
    @TempDir
    Path dir;
    JourneyShop shop;

    @BeforeEach
    void open() {
        shop = new JourneyShop(dir);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private static Map<String, Object> journey(String id, Map<String, Object> trigger, List<Map<String, Object>> steps) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", id);
        j.put("trigger", trigger);
        j.put("steps", steps);
        j.put("goal", Map.of("event", Map.of("type", "purchase"), "window", "7d"));
        return j;
    }

    private static Map<String, Object> send(String id, String template, String next) {
        return Map.of("id", id, "type", "send_message", "channel", "box", "template", "abandoned_cart",
                "data", Map.of("label", template),
                "purpose", "transactional", "next", next);
    }

    private static Map<String, Object> exit() {
        return Map.of("id", "done", "type", "exit", "reason", "completed");
    }

    @Test
    void aHoldoutGetsNothingAndIsComparedWithTheTreated() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ids.add("c" + i);
        }
        shop.customers(ids.toArray(String[]::new));
        shop.save(journey("welcome", Map.of("type", "event", "event", Map.of("type", "add_to_cart")), List.of(
                Map.of("id", "measure", "type", "split", "holdout_percent", 25,
                        "arms", List.of(Map.of("name", "journey", "weight", 1, "next", "hello"))),
                send("hello", "hello", "done"), exit())));
        shop.engine.journeys().activate("welcome");
        for (String id : ids) {
            shop.event("add_to_cart", id);
        }
        for (int i = 0; i < 100; i++) {
            shop.event("purchase", "c" + i);
        }
        shop.advance(Duration.ofDays(8));
        JourneyReport r = shop.engine.journeys().report("welcome").orElseThrow();
        assertThat(r.entered()).isEqualTo(400);
        assertThat(r.holdout().entered() + r.treated().entered()).isEqualTo(400);
        assertThat(r.holdout().entered()).isBetween(70L, 130L); // 25% of 400 = 100, ±3 sd
        assertThat(shop.box()).hasSize((int) r.treated().entered());
        assertThat(r.converted()).isEqualTo(100);
        assertThat(r.effect()).isPresent();
        assertThat(r.effect().get().absoluteLow()).isLessThan(r.effect().get().absoluteHigh());
        assertThat(r.exitedBy()).containsKeys("completed", "holdout window ended");
    }

    @Test
    void runningCustomersFinishOnTheVersionTheyEntered() {
        shop.customers("ann", "bob");
        Map<String, Object> v1 = journey("promo", Map.of("type", "event", "event", Map.of("type", "add_to_cart")),
                List.of(Map.of("id", "wait", "type", "wait", "duration", "1h", "next", "send"),
                        send("send", "first", "done"), exit()));
        assertThat(shop.save(v1).version()).isEqualTo(1);
        shop.engine.journeys().activate("promo");
        shop.event("add_to_cart", "ann");
        Map<String, Object> v2 = new HashMap<>(v1);
        v2.put("steps", List.of(Map.of("id", "wait", "type", "wait", "duration", "1h", "next", "send"),
                send("send", "second", "done"), exit()));
        JourneySaved saved = shop.save(v2);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.status()).isEqualTo(JourneyStatus.ACTIVE);
        shop.event("add_to_cart", "bob");
        JourneyView view = shop.engine.journeys().get("promo").orElseThrow();
        assertThat(view.versions()).extracting(JourneyView.Version::activeRuns).containsExactly(1L, 1L);
        shop.advance(Duration.ofHours(1));
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("first:HELD");
        assertThat(shop.boxTemplatesOf("bob")).containsExactly("second:HELD");
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("ann")).get(0).version()).isEqualTo(1);
    }

    @Test
    void anInvalidDefinitionSavesNothingAndSaysWhere() {
        Map<String, Object> bad = journey("bad", Map.of("type", "event", "event", Map.of("type", "add_to_cart")),
                List.of(send("hello", "hello", "nowhere"), exit()));
        assertThat(shop.engine.journeys().validate(bad)).isNotEmpty();
        assertThatThrownBy(() -> shop.save(bad)).isInstanceOf(InvalidJourneyException.class)
                .satisfies(e -> assertThat(((InvalidJourneyException) e).problems())
                        .anySatisfy(p -> assertThat(p.path()).startsWith("$.steps")));
        assertThat(shop.engine.journeys().list()).isEmpty();
    }

    @Test
    void limitsCapConcurrentRunsAndEntriesPerCustomer() {
        shop.customers("ann", "bob", "cid");
        Map<String, Object> j = journey("limited", Map.of("type", "event", "event", Map.of("type", "add_to_cart")),
                List.of(Map.of("id", "wait", "type", "wait", "duration", "1h", "next", "done"), exit()));
        j.put("re_entry", "always");
        j.put("limits", Map.of("max_concurrent_runs", 2, "max_entries_per_customer", 2));
        shop.save(j);
        shop.engine.journeys().activate("limited");
        shop.event("add_to_cart", "ann");
        shop.event("add_to_cart", "bob");
        shop.event("add_to_cart", "cid"); // a third concurrent run is refused
        assertThat(shop.engine.journeys().report("limited").orElseThrow().active()).isEqualTo(2);
        for (int i = 0; i < 3; i++) {
            shop.advance(Duration.ofHours(2));
            shop.event("add_to_cart", "ann");
        }
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("ann"))).hasSize(2);
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("cid"))).isEmpty(); // refused while two ran
    }

    @Test
    void aScheduleEntersEveryCustomerAtTheFireTimeOnce() {
        shop.customers("ann", "bob", "cid");
        shop.save(journey("daily", Map.of("type", "schedule", "cron", "0 9 * * *"),
                List.of(send("hello", "news", "done"), exit())));
        shop.engine.journeys().activate("daily"); // 10:00: the next fire is tomorrow 09:00
        shop.advance(Duration.ofHours(22));
        assertThat(shop.box()).isEmpty();
        shop.advance(Duration.ofHours(1));
        assertThat(shop.box()).hasSize(3);
        shop.advance(Duration.ofMinutes(5));
        assertThat(shop.box()).hasSize(3);
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("ann")).get(0).enteredAt())
                .isEqualTo(JourneyShop.T0.plus(Duration.ofHours(23)));
    }

    @Test
    void inactivityEntersThoseWhoStoppedBuying() {
        shop.customers("ann", "bob");
        shop.save(journey("win-back", Map.of("type", "inactivity", "days", 30),
                List.of(send("hello", "miss-you", "done"), exit())));
        shop.engine.journeys().activate("win-back");
        shop.event("purchase", "ann");
        shop.event("purchase", "bob");
        shop.advance(Duration.ofDays(20));
        shop.event("purchase", "bob");
        shop.advance(Duration.ofDays(10));
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("miss-you:HELD");
        assertThat(shop.boxTemplatesOf("bob")).isEmpty();
        shop.advance(Duration.ofDays(20));
        assertThat(shop.boxTemplatesOf("bob")).containsExactly("miss-you:HELD");
    }
}
