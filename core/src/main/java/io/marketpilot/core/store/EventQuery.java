package io.marketpilot.core.store;

import io.marketpilot.core.event.EventType;
import java.time.Instant;
import java.util.Set;

/**
 * Which events to scan: types (empty = all), a half-open time range [from, to) (null = unbounded), and
 * whether bot-flagged events are included (training excludes them).
 */
public record EventQuery(Set<EventType> types, Instant from, Instant to, boolean includeBots) {
    public EventQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public static EventQuery all() {
        return new EventQuery(Set.of(), null, null, true);
    }

    /** What model training reads: every type, no bots. */
    public static EventQuery forTraining() {
        return new EventQuery(Set.of(), null, null, false);
    }

    public static EventQuery ofTypes(Set<EventType> types) {
        return new EventQuery(types, null, null, false);
    }

    public boolean matches(io.marketpilot.core.event.Event e) {
        return (types.isEmpty() || types.contains(e.type()))
                && (from == null || !e.timestamp().isBefore(from))
                && (to == null || e.timestamp().isBefore(to))
                && (includeBots || !e.bot());
    }
}
