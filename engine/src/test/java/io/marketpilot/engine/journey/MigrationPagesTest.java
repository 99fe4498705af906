package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration over more waiting runs than one page (journeys.batch = 500): the refusal counts every blocked run
 * across pages and moves nothing; the migration then moves every run once, and what already happened on version 1
 * (the reminder) is not done again.
 */
class MigrationPagesTest {
    private static final int CUSTOMERS = 600;

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void aRefusalCountsEveryPageAndAMigrationMovesEveryRunOnce() {
        try (JourneyShop shop = new JourneyShop(dir)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                ids.add("c" + i);
            }
            shop.customers(ids.toArray(String[]::new));
            shop.save(JourneyShop.abandonedCart());
            shop.engine.journeys().activate("abandoned-cart");
            List<Map<String, Object>> carts = new ArrayList<>();
            for (String id : ids) {
                carts.add(Map.of("event_id", "cart-" + id, "type", "add_to_cart", "user_id", id, "item_id", "sku-1",
                        "timestamp", JourneyShop.T0.toString()));
            }
            shop.engine.ingestEvents(carts);
            shop.advance(Duration.ofMinutes(61)); // all reminded, waiting a day in wait-1d
            shop.event("add_to_cart", "late"); // one more, waiting in wait-1h
            assertThat(shop.box()).hasSize(CUSTOMERS);

            Map<String, Object> v2 = new LinkedHashMap<>(JourneyShop.abandonedCart());
            List<Map<String, Object>> steps = new ArrayList<>();
            for (Object o : (List<?>) v2.get("steps")) {
                Map<String, Object> step = new HashMap<>((Map<String, Object>) o);
                step.replaceAll((k, v) -> "wait-1d".equals(v) ? "wait-day" : v);
                steps.add(step);
            }
            v2.put("steps", steps);
            assertThat(shop.save(v2).version()).isEqualTo(2);

            JourneyMigrated refused = shop.engine.journeys().migrate("abandoned-cart", 1, 2, Map.of(), false);
            assertThat(refused.blockers()).singleElement().satisfies(b -> {
                assertThat(b.step()).isEqualTo("wait-1d");
                assertThat(b.runs()).isEqualTo(CUSTOMERS);
            });
            assertThat(versions(shop)).containsEntry(1, (long) CUSTOMERS + 1);

            JourneyMigrated moved = shop.engine.journeys().migrate("abandoned-cart", 1, 2,
                    Map.of("wait-1d", "wait-day"), false);
            assertThat(moved.refused()).isFalse();
            assertThat(moved.migrated()).isEqualTo(CUSTOMERS + 1);
            assertThat(moved.moves()).containsExactly(new JourneyMigrated.Move("wait-1d", "wait-day", CUSTOMERS, 0),
                    new JourneyMigrated.Move("wait-1h", "wait-1h", 1, 0));
            assertThat(versions(shop)).containsExactly(Map.entry(2, (long) CUSTOMERS + 1));

            shop.advance(Duration.ofDays(1)); // coupons for the 600 (their unchanged day ends), late's reminder
            shop.advance(Duration.ofMinutes(1)); // the messages that follow the coupons
            // (the outbox's rate limit holds part of the 1,201 messages: what counts is which were decided, once)
            assertThat(templates(shop, "c7")).containsExactly("abandoned_cart", "coupon");
            assertThat(templates(shop, "late")).containsExactly("abandoned_cart");
            assertThat(shop.box()).hasSize(2 * CUSTOMERS + 1);
            assertThat(shop.engine.journeys().customerJourneys(UserId.of("c7")).getFirst().version()).isEqualTo(2);
        }
    }

    private static List<String> templates(JourneyShop shop, String user) {
        return shop.boxTemplatesOf(user).stream().map(t -> t.substring(0, t.indexOf(':'))).toList();
    }

    private static Map<Integer, Long> versions(JourneyShop shop) {
        Map<Integer, Long> out = new HashMap<>();
        shop.engine.journeys().get("abandoned-cart").orElseThrow().versions()
                .forEach(v -> { if (v.activeRuns() > 0) { out.put(v.version(), v.activeRuns()); } });
        return out;
    }
}
