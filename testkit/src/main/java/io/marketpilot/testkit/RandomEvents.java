package io.marketpilot.testkit;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded stream of varied, valid events for property tests and load tests: every type, known and
 * anonymous actors, prices, sessions, nested JSON context and properties with Unicode, numbers of every
 * kind and nulls, and timestamps (microsecond precision) spread over {@code spanSeconds} from
 * {@link EventBuilder#T0}, many sharing a second. The same seed gives the same events; ids are
 * {@code r<seed>-<n>}, unique per generator.
 */
public final class RandomEvents {
    private static final EventType[] TYPES = EventType.values();
    private static final String[] WORDS = {"shoes", "tea", "phone", "jacket", "茶叶", "手机", "Zürich", "naïve", "🚀", "a\"quote"};

    private final long seed;
    private final SplittableRandom random;
    private int users = 50;
    private int items = 200;
    private long spanSeconds = 30L * 24 * 3600;
    private long counter;

    public RandomEvents(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public RandomEvents users(int n) {
        this.users = n;
        return this;
    }

    public RandomEvents items(int n) {
        this.items = n;
        return this;
    }

    public RandomEvents spanSeconds(long seconds) {
        this.spanSeconds = seconds;
        return this;
    }

    public List<Event> batch(int size) {
        List<Event> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(next());
        }
        return out;
    }

    public Event next() {
        EventType type = TYPES[random.nextInt(TYPES.length)];
        boolean anonymous = random.nextInt(5) == 0;
        String user = anonymous ? null : "u" + random.nextInt(users);
        String item = type.requiresItem() || random.nextBoolean() ? "sku-" + random.nextInt(items) : null;
        EventBuilder b = EventBuilder.event(type, user, item)
                .id("r" + seed + "-" + (++counter))
                .at(time());
        if (anonymous) {
            b.anonymous("anon-" + random.nextInt(users * 2));
        }
        if (type == EventType.PURCHASE || type == EventType.REFUND || random.nextInt(4) == 0) {
            b.price(random.nextInt(100_000) / 100 + "." + String.format("%02d", random.nextInt(100)),
                    random.nextBoolean() ? "EUR" : "CNY").quantity(1 + random.nextInt(3));
        }
        if (random.nextBoolean()) {
            b.session("s-" + random.nextInt(1000));
        }
        if (random.nextBoolean()) {
            b.withContext("channel", random.nextBoolean() ? "web" : "app").withContext("device", word());
        }
        if (random.nextInt(3) == 0) {
            b.withProperty("query", word()).withProperty("page", random.nextInt(10))
                    .withProperty("score", random.nextInt(1000) / 8.0)
                    .withProperty("nested", nested());
        }
        if (random.nextInt(10) == 0) {
            b.withExtra("campaign", word()).withExtra("big", 9_007_199_254_740_993L);
        }
        return b.build();
    }

    private Instant time() {
        long second = random.nextLong(spanSeconds);
        long micros = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000);
        return EventBuilder.T0.plusSeconds(second - second % 7).plusNanos(micros * 1000);
    }

    private Map<String, Object> nested() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tags", List.of(word(), word()));
        m.put("ok", random.nextBoolean());
        m.put("missing", null);
        m.put("inner", Map.of("depth", 2));
        return m;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
