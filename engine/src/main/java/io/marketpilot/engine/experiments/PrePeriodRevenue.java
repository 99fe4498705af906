package io.marketpilot.engine.experiments;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The CUPED covariate of a unit: its purchase revenue in the {@link #LOOKBACK} before its first exposure, from its
 * most recent {@link #EVENTS} events (anonymous units have none: 0). Computed when the exposure event is written,
 * off the request path, and stored in the event so a replay reads the same value.
 */
final class PrePeriodRevenue {
    static final Duration LOOKBACK = Duration.ofDays(30);
    static final int EVENTS = 500;
    private final EventLog events;

    PrePeriodRevenue(EventLog events) {
        this.events = events;
    }

    double of(String unit, Instant exposedAt) {
        if (events == null || unit.startsWith(UserId.ANONYMOUS_PREFIX)) {
            return 0;
        }
        Instant from = exposedAt.minus(LOOKBACK);
        double revenue = 0;
        List<Event> recent = events.recent(UserId.of(unit), EVENTS);
        for (Event e : recent) {
            if (e.type() == EventType.PURCHASE && e.price() != null && e.timestamp().isBefore(exposedAt)
                    && !e.timestamp().isBefore(from)) {
                revenue += e.price().doubleValue() * e.quantity();
            }
        }
        return revenue;
    }
}
