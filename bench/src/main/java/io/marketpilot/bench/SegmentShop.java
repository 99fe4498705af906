package io.marketpilot.bench;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The segments benchmark's shop, written straight into the stores (bulk load): {@code customers} customers with
 * city and tier traits, 10,000 items in 20 categories (one of them 手机), and {@code events} events over the 90 days
 * before {@link #NOW} — views, carts, purchases with prices and quantities — from customers drawn with a skew.
 */
final class SegmentShop {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final List<String> CITIES = List.of("上海", "北京", "深圳", "广州", "杭州", "成都", "Berlin", "London");
    static final int ITEMS = 10_000;
    static final int CATEGORIES = 20;

    private SegmentShop() {}

    static String category(int c) {
        return c == 0 ? "手机" : "cat-" + c;
    }

    static String user(long u) {
        return "u" + u;
    }

    static Event event(SplittableRandom r, long seq, long customers, Instant at) {
        int roll = r.nextInt(100);
        EventType type = roll < 70 ? EventType.VIEW : roll < 85 ? EventType.ADD_TO_CART : EventType.PURCHASE;
        long u = (long) (customers * Math.pow(r.nextDouble(), 1.6)); // skewed: some customers are far more active
        int item = (int) (ITEMS * Math.pow(r.nextDouble(), 2));
        BigDecimal price = BigDecimal.valueOf(100 + (item % 500) * 37L, 2);
        return new Event(EventId.of("b" + seq), type, UserId.of(user(u)), null, ItemId.of("i" + item), at,
                type == EventType.PURCHASE ? 1 + r.nextInt(3) : 1, price, "CNY", null, Map.of(), Map.of(), Map.of(), false);
    }

    static void write(Path dataDir, long customers, long events, long seed, PrintStream log) {
        SplittableRandom r = new SplittableRandom(seed);
        try (EmbeddedStores stores = EmbeddedStores.open(dataDir)) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(new Item(ItemId.of("i" + i), "item " + i, Map.of(), null,
                        List.of("root", category(i % CATEGORIES)), null, BigDecimal.TEN, "CNY", null, List.of(),
                        Map.of(), true, null, Map.of()));
            }
            stores.items().upsertAll(items);
            List<Customer> batch = new ArrayList<>();
            for (long u = 0; u < customers; u++) {
                Map<String, Object> traits = new HashMap<>();
                traits.put("city", CITIES.get(r.nextInt(CITIES.size())));
                traits.put("tier", r.nextInt(10) == 0 ? "gold" : "basic");
                traits.put("age", 18 + r.nextInt(60));
                batch.add(new Customer(UserId.of(user(u)), traits, null, NOW, Map.of()));
                if (batch.size() == 50_000) {
                    stores.customers().upsertAll(batch);
                    batch.clear();
                    log.printf("customers: %,d%n", u + 1);
                }
            }
            stores.customers().upsertAll(batch);
            long span = Duration.ofDays(90).toSeconds();
            try (EventLog.BulkLoad load = stores.events().bulkLoad()) {
                List<Event> chunk = new ArrayList<>();
                for (long k = 0; k < events; k++) {
                    Instant at = NOW.minusSeconds(span - (span * k / Math.max(1, events)) + 1);
                    chunk.add(event(r, k, customers, at));
                    if (chunk.size() == 100_000) {
                        load.add(chunk);
                        chunk = new ArrayList<>();
                        if ((k + 1) % 1_000_000 == 0) {
                            log.printf("events: %,d%n", k + 1);
                        }
                    }
                }
                load.add(chunk);
                load.commit();
            }
        }
    }
}
