package io.marketpilot.automation.segment;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A small seeded shop for the evaluator properties: customers with traits of every kind, items in categories,
 * events spread over 40 days that arrive late, early or out of order, and random segment definitions (JSON).
 */
final class RandomShop implements Population, ItemCategories {
    static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    static final List<String> CATEGORIES = List.of("手机", "电脑", "配件");
    private static final List<EventType> TYPES = List.of(EventType.VIEW, EventType.ADD_TO_CART, EventType.PURCHASE,
            EventType.CUSTOM);

    final Random random;
    final Map<String, Map<String, Object>> traits = new LinkedHashMap<>();
    final Map<String, Set<String>> items = new LinkedHashMap<>();
    /** Events in arrival order with the clock at arrival. */
    final List<Event> events = new ArrayList<>();
    final List<Instant> arrivals = new ArrayList<>();
    final int users;

    RandomShop(long seed) {
        random = new Random(seed);
        users = 3 + random.nextInt(10);
        for (int u = 0; u < users; u++) {
            if (random.nextInt(4) > 0) {
                traits.put("u" + u, traitsOf());
            }
        }
        for (int i = 0; i < 8; i++) {
            items.put("i" + i, i % 4 == 3 ? Set.of() : Set.of("数码", CATEGORIES.get(i % 3)));
        }
        int n = random.nextInt(60);
        List<Event> raw = new ArrayList<>();
        List<Instant> arrive = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Instant ts = START.plus(Duration.ofMinutes(random.nextInt(40 * 24 * 60)));
            Instant at = random.nextInt(10) == 0 ? ts.minus(Duration.ofHours(random.nextInt(48)))
                    : ts.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            raw.add(event(k, ts));
            arrive.add(at);
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> arrive.get(a).compareTo(arrive.get(b)));
        for (int k : order) {
            events.add(raw.get(k));
            arrivals.add(arrive.get(k));
        }
    }

    private Map<String, Object> traitsOf() {
        Map<String, Object> t = new HashMap<>();
        pick(t, "city", List.of("上海", "北京", "O'Hare"));
        pick(t, "age", List.of(17, 30, 45.5, "30", "abc"));
        pick(t, "vip", List.of(true, false, "true"));
        pick(t, "signed_up", List.of("2025-01-15", "2025-03-20T10:00:00Z", "2025-04-05", "soon"));
        pick(t, "tags", List.of(List.of("sale", "new"), List.of("vip"), "summer sale"));
        return t;
    }

    private void pick(Map<String, Object> t, String name, List<Object> values) {
        if (random.nextInt(3) > 0) {
            t.put(name, values.get(random.nextInt(values.size())));
        }
    }

    private Event event(int k, Instant ts) {
        EventType type = TYPES.get(random.nextInt(TYPES.size()));
        String item = type.requiresItem() || random.nextBoolean() ? "i" + random.nextInt(8) : null;
        BigDecimal price = random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(50_000), 2);
        Map<String, Object> props = new HashMap<>();
        if (random.nextBoolean()) {
            props.put("amount", random.nextBoolean() ? (Object) random.nextInt(100) : String.valueOf(random.nextInt(100)));
        }
        return new Event(EventId.of("e" + k), type, UserId.of("u" + random.nextInt(users)), null,
                item == null ? null : ItemId.of(item), ts, 1 + random.nextInt(3), price, price == null ? null : "CNY",
                null, Map.of(), props, Map.of(), false);
    }

    /** The instant both evaluators are compared at: after the last arrival, sometimes well after. */
    Instant end() {
        Instant last = arrivals.isEmpty() ? START : arrivals.getLast();
        return last.plus(Duration.ofHours(random.nextInt(24 * 20)));
    }

    @Override
    public CustomerFacts facts(String userId) {
        Map<String, Object> t = traits.get(userId);
        return t == null ? CustomerFacts.NONE : new CustomerFacts() {
            @Override
            public Object trait(String name) {
                return t.get(name);
            }

            @Override
            public Object attribute(String name) {
                return name.equals("score") ? t.get("age") : null;
            }
        };
    }

    @Override
    public void forEach(BiConsumer<String, CustomerFacts> sink) {
        traits.keySet().forEach(u -> sink.accept(u, facts(u)));
    }

    @Override
    public Set<String> of(String itemId) {
        return items.getOrDefault(itemId, Set.of());
    }

    @Override
    public void forEachItem(BiConsumer<String, Set<String>> sink) {
        items.forEach(sink);
    }
}
