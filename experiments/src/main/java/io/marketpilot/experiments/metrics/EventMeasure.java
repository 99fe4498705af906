package io.marketpilot.experiments.metrics;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one event contributes to a metric: 1 per matching event ({@code COUNT}) or price × quantity
 * ({@code AMOUNT}; events without a price contribute 0). {@code placement}, when set, must equal the event's
 * {@code context.placement} or {@code properties.placement} (e.g. only recommendation clicks).
 */
public record EventMeasure(EventType type, Kind kind, String placement) {
    public enum Kind { COUNT, AMOUNT }

    public EventMeasure {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        placement = placement == null || placement.isBlank() ? null : placement;
    }

    public static EventMeasure count(EventType type) {
        return new EventMeasure(type, Kind.COUNT, null);
    }

    public static EventMeasure amount(EventType type) {
        return new EventMeasure(type, Kind.AMOUNT, null);
    }

    /** The contribution of {@code event}, 0 when it does not match. */
    public double valueOf(Event event) {
        if (event.type() != type || !placementMatches(event)) {
            return 0;
        }
        if (kind == Kind.COUNT) {
            return 1;
        }
        BigDecimal price = event.price();
        return price == null ? 0 : price.doubleValue() * event.quantity();
    }

    private boolean placementMatches(Event event) {
        if (placement == null) {
            return true;
        }
        return placement.equals(String.valueOf(event.context().get("placement")))
                || placement.equals(String.valueOf(event.properties().get("placement")));
    }
}
