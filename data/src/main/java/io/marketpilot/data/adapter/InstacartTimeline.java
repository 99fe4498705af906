package io.marketpilot.data.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic, deterministic order times for Instacart, which publishes only relative time. Day numbers count from
 * {@link #EPOCH}, 2017-01-01 (a Sunday, so day % 7 is Instacart's {@code order_dow}, 0 = Sunday). Per user, orders
 * sorted by {@code order_number}:
 * <ul>
 *   <li>the first known order n lands in week n-1 on its weekday: day = 7(n-1) + order_dow (as if the user's
 *       earlier, unpublished orders had been weekly);</li>
 *   <li>each next known order m after order k: day = day(k) + days_since_prior_order + 7(m-k-1), i.e. exact when
 *       the previous order is known, and a week per missing order in between (a missing gap counts 7 days);</li>
 *   <li>the time of day is {@code order_hour_of_day}:00 UTC.</li>
 * </ul>
 * So times are increasing per user, weekdays match the data when the previous order is known, and re-importing
 * gives the same times. Absolute dates mean nothing; only order and gaps do.
 */
final class InstacartTimeline {
    static final Instant EPOCH = Instant.parse("2017-01-01T00:00:00Z");
    private static final int DAYS_PER_MISSING_ORDER = 7;

    record Placed(String user, Instant at) {}

    private record Order(String id, String user, int number, int dow, int hour, Integer daysSincePrior) {}

    private final List<Order> orders = new ArrayList<>();

    void add(String id, String user, int number, int dow, int hour, Integer daysSincePrior) {
        orders.add(new Order(id, user, number, dow, hour, daysSincePrior));
    }

    /** Every order's user and time, by order id. */
    Map<String, Placed> place() {
        Map<String, List<Order>> byUser = new HashMap<>();
        for (Order o : orders) {
            byUser.computeIfAbsent(o.user(), u -> new ArrayList<>()).add(o);
        }
        Map<String, Placed> placed = HashMap.newHashMap(orders.size());
        for (List<Order> history : byUser.values()) {
            history.sort(Comparator.comparingInt(Order::number));
            long day = 0;
            Order previous = null;
            for (Order o : history) {
                if (previous == null) {
                    day = (long) DAYS_PER_MISSING_ORDER * (o.number() - 1) + o.dow();
                } else {
                    int gap = o.daysSincePrior() != null ? o.daysSincePrior() : DAYS_PER_MISSING_ORDER;
                    day += gap + (long) DAYS_PER_MISSING_ORDER * Math.max(0, o.number() - previous.number() - 1);
                }
                placed.put(o.id(), new Placed(o.user(), EPOCH.plus(Duration.ofDays(day)).plus(Duration.ofHours(o.hour()))));
                previous = o;
            }
        }
        orders.clear();
        return placed;
    }
}
