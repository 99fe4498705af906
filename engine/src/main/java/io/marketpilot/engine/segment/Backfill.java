package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.automation.segment.SegmentDefinition;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.automation.segment.SegmentSql;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Brings segments into the online state: members from the batch SQL at {@code now}, then the stored events of the
 * longest window replayed into the new conditions' buffers (so later events and expiries update them).
 */
final class Backfill {
    private final EventLog events;
    private final SegmentSql sql;

    Backfill(EventLog events, SegmentSql sql) {
        this.events = events;
        this.sql = sql;
    }

    /** The members of {@code d} at {@code now} by the batch evaluator, in user-id order. */
    List<String> members(SegmentDefinition d, Function<SegmentId, SegmentDefinition> resolve, Instant now) {
        List<String> out = new ArrayList<>();
        events.query(sql.members(d, resolve, now), row -> out.add(row.text(0)));
        return out;
    }

    /** Adds one segment whose members are already known (a creation). */
    void replayInto(LiveSegments live, SegmentDefinition d, List<String> members, Instant now) {
        live.add(List.of(d), id -> members, this::replay, now);
    }

    private void replay(Instant from, Set<EventType> types, Consumer<Event> sink) {
        events.scan(new EventQuery(types, from, null, true), sink);
    }

    void into(LiveSegments live, List<SegmentDefinition> definitions, Function<SegmentId, SegmentDefinition> resolve,
              Instant now) {
        Map<SegmentId, List<String>> members = new HashMap<>();
        for (SegmentDefinition d : definitions) {
            members.put(d.id(), members(d, resolve, now));
        }
        live.add(definitions, id -> members.getOrDefault(id, List.of()),
                this::replay, now);
    }
}
