package io.marketpilot.engine.profile;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.Map;

/**
 * An undone merge is recorded in the event log as a {@code custom} event of the customer and the visitor with
 * {@code properties.marketpilot = "unmerge"}, so it survives restarts: a rebuild reads these first and keeps the pair
 * apart. Markers are not behaviour: profiles do not fold them.
 */
final class UnmergeMarker {
    static final String PROPERTY = "marketpilot";
    static final String VALUE = "unmerge";

    private UnmergeMarker() {}

    static Event of(String customerKey, String anonymousId, Instant at) {
        return new Event(EventId.of("marketpilot-unmerge-" + anonymousId + "-" + at.toEpochMilli()), EventType.CUSTOM,
                UserId.of(customerKey), AnonymousId.of(anonymousId), null, at, 1, null, null, null, Map.of(),
                Map.of(PROPERTY, VALUE), Map.of(), false);
    }

    static boolean is(Event e) {
        return e.type() == EventType.CUSTOM && VALUE.equals(e.properties().get(PROPERTY)) && e.userId() != null
                && e.anonymousId() != null;
    }
}
