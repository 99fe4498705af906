package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.Addition;
import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.automation.segment.SegmentDefinition;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.automation.segment.SegmentSql;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.LogQuery;
import io.marketpilot.store.json.JsonCodec;
import java.math.BigDecimal;
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
 * longest window replayed into the new conditions' buffers (so later events and expiries update them); a creation
 * replays only up to a log position ({@link #lastSequence}) and gets the later events from ingest.
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

    /** The log position of the last stored event (0 when none): a creation replays up to it. */
    long lastSequence() {
        long[] last = {0};
        events.query(new LogQuery("SELECT coalesce(max(seq), 0) FROM events", null), row -> last[0] = row.integer(0));
        return last[0];
    }

    /** Replays the stored events up to log position {@code upTo} into an addition (no lock held). */
    void replayInto(Addition addition, long upTo) {
        addition.replay((from, types, sink) -> replay(from, types, upTo, sink));
    }

    /**
     * Streams the events a replay needs with only the columns conditions read (no context or extra JSON), which
     * reads several times faster than a full scan.
     */
    private void replay(Instant from, Set<EventType> types, long upTo, Consumer<Event> sink) {
        long micros = Math.multiplyExact(from.getEpochSecond(), 1_000_000L) + from.getNano() / 1000;
        StringBuilder sql = new StringBuilder("SELECT event_id, type, user_id, item_id, ts, quantity,"
                + " CAST(price AS VARCHAR), properties FROM events WHERE user_id IS NOT NULL AND ts >= " + micros);
        if (upTo < Long.MAX_VALUE) {
            sql.append(" AND seq <= ").append(upTo);
        }
        if (!types.isEmpty()) {
            sql.append(types.stream().map(t -> "'" + t.wireName() + "'").sorted()
                    .collect(java.util.stream.Collectors.joining(", ", " AND type IN (", ")")));
        }
        events.query(new LogQuery(sql.toString(), null), row -> {
            String item = row.text(3);
            String price = row.text(6);
            String properties = row.text(7);
            long ts = row.integer(4);
            sink.accept(new Event(EventId.of(row.text(0)), EventType.fromWire(row.text(1)).orElseThrow(),
                    UserId.of(row.text(2)), null, item == null ? null : ItemId.of(item),
                    Instant.ofEpochSecond(Math.floorDiv(ts, 1_000_000L), Math.floorMod(ts, 1_000_000L) * 1000),
                    (int) row.integer(5), price == null ? null : new BigDecimal(price), null, null, Map.of(),
                    properties == null ? Map.of() : JsonCodec.readObject(properties), Map.of(), false));
        });
    }

    void into(LiveSegments live, List<SegmentDefinition> definitions, Function<SegmentId, SegmentDefinition> resolve,
              Instant now) {
        Map<SegmentId, List<String>> members = new HashMap<>();
        for (SegmentDefinition d : definitions) {
            members.put(d.id(), members(d, resolve, now));
        }
        live.add(definitions, id -> members.getOrDefault(id, List.of()),
                (from, types, sink) -> replay(from, types, Long.MAX_VALUE, sink), now);
    }
}
