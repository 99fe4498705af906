package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.journey.JourneyReport;
import io.marketpilot.testkit.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's two journeys, as shipped, run on simulated time over a real engine. */
class DemoJourneysTest {
    /** 10:00 UTC, so the sends an hour and 30 days later are outside the quiet hours. */
    private static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void the_demo_shoppers_enter_the_abandoned_cart_and_a_lapsed_buyer_the_win_back() {
        SimulatedClock clock = new SimulatedClock(START);
        try (Engine engine = Engine.open(EngineConfig.at(dir), clock)) {
            engine.upsertCustomers(List.of(customer("u-000001"), customer("u-000002"), customer("u-000003")));

            DemoJourneys.Outcome first = DemoJourneys.ensure(engine, "sku-00001");
            assertThat(first.reports()).extracting(JourneyReport::id).containsExactly("abandoned-cart", "win-back");
            assertThat(first.reports().getFirst().entered()).isEqualTo(3);
            assertThat(DemoJourneys.ensure(engine, "sku-00001").entered()).as("a second run enters nobody").isEqualTo(3);

            clock.advance(Duration.ofMinutes(10));
            engine.ingestEvents(List.of(Map.of("event_id", "p-1", "type", "purchase", "user_id", "u-000001",
                    "item_id", "sku-00001", "quantity", 1, "price", 99, "currency", "CNY",
                    "timestamp", clock.instant().toString())));
            run(engine, clock, Duration.ofHours(1));
            JourneyReport cart = engine.journeys().report("abandoned-cart").orElseThrow();
            assertThat(cart.exitedBy()).containsEntry("purchased", 1L);
            List<String> reminded = held(engine).stream().filter(e -> e.message().template().equals("abandoned_cart"))
                    .map(e -> e.message().customer().value()).toList();
            List<String> treated = List.of("u-000002", "u-000003").stream().filter(u -> treated(engine, u)).toList();
            assertThat(reminded).as("the treated ones who did not buy").containsExactlyInAnyOrderElementsOf(treated);

            run(engine, clock, Duration.ofDays(30));
            JourneyReport winBack = engine.journeys().report("win-back").orElseThrow();
            assertThat(winBack.entered()).isEqualTo(1);
            assertThat(winBack.inStep()).containsEntry("wait-purchase", 1L);
            assertThat(held(engine)).anySatisfy(e -> {
                assertThat(e.message().customer().value()).isEqualTo("u-000001");
                assertThat(e.message().template()).isEqualTo("coupon");
                assertThat(String.valueOf(e.message().data().get("coupon_code"))).hasSize(16);
                assertThat(String.valueOf(e.message().data().get("coupon_text"))).contains("15%");
            });
        }
    }

    @Test
    void shoppersWhoLastBoughtThirtyOrMoreDaysAgoEnterTheWinBackWhenItIsActivated() {
        SimulatedClock clock = new SimulatedClock(START);
        try (Engine engine = Engine.open(EngineConfig.at(dir), clock)) {
            engine.upsertCustomers(List.of(customer("u-000001"), customer("u-000002"), customer("u-000003")));
            engine.ingestEvents(List.of(purchase("old", "u-000001", START.minus(Duration.ofDays(40))),
                    purchase("recent", "u-000002", START.minus(Duration.ofDays(5)))));

            DemoJourneys.ensure(engine, "sku-00001");
            run(engine, clock, Duration.ZERO);
            assertThat(engine.journeys().report("win-back").orElseThrow().entered()).isEqualTo(1);
            assertThat(held(engine)).filteredOn(e -> e.message().template().equals("coupon")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.message().customer().value()).isEqualTo("u-000001");
                        assertThat(e.message().data()).containsEntry("coupon_text", "15% off, up to ¥200");
                    });
            run(engine, clock, Duration.ofDays(25)); // u-000002's 30 days are over
            assertThat(engine.journeys().report("win-back").orElseThrow().entered()).isEqualTo(2);
        }
    }

    private static Map<String, Object> purchase(String id, String user, Instant at) {
        return Map.of("event_id", id, "type", "purchase", "user_id", user, "item_id", "sku-00001", "quantity", 1,
                "price", 99, "currency", "CNY", "timestamp", at.toString());
    }

    /** Whether the split put the customer in the journey's treated arm (not the holdout). */
    private static boolean treated(Engine engine, String user) {
        return engine.journeys().customerJourneys(UserId.of(user)).stream().flatMap(r -> r.history().stream())
                .anyMatch(h -> "arm".equals(h.kind()) && "treated".equals(h.detail()));
    }

    private static List<OutboxEntry> held(Engine engine) {
        return engine.messaging().dispatcher().list(DemoJourneys.EMAIL, OutboxEntry.Status.HELD, 1_000);
    }

    private static void run(Engine engine, SimulatedClock clock, Duration by) {
        clock.advance(by);
        for (int pass = 0; pass < 10 && engine.journeys().runDue() > 0; pass++) {
            // each pass moves what the previous one made due
        }
        engine.messaging().deliverDue();
    }

    private static Map<String, Object> customer(String id) {
        return Map.of("user_id", id, "traits", Map.of("name", id, "email", id + "@example.com"),
                "consent", Map.of("email", true));
    }

}
