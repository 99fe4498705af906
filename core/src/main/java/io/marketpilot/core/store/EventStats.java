package io.marketpilot.core.store;

import io.marketpilot.core.event.EventType;
import java.time.Instant;
import java.util.Map;

/** Counts over the event log; {@code first}/{@code last} are null when the log is empty. */
public record EventStats(long total, Map<EventType, Long> byType, long actors, long botEvents,
                         Instant first, Instant last) {
    public EventStats {
        byType = Map.copyOf(byType);
    }
}
