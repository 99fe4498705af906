package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.automation.segment.SegmentListener;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.SegmentStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes entries and exits durable: membership history in the state store, and one {@code custom} event per change
 * in the event log ({@code properties: {name: segment_entered | segment_exited, segment: <id>}}, event id
 * {@code segment:<entered|exited>:<segment>:<user>:<µs>}, so replays stay idempotent), then tells the listeners.
 */
final class SegmentLog implements SegmentListener {
    static final String ENTERED = "segment_entered";
    static final String EXITED = "segment_exited";

    private final SegmentStore store;
    private final EventLog events;
    private final List<SegmentListener> listeners = new CopyOnWriteArrayList<>();

    SegmentLog(SegmentStore store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    void listen(SegmentListener listener) {
        listeners.add(listener);
    }

    @Override
    public void changed(List<MembershipChange> changes) {
        store.record(changes);
        events.append(changes.stream().map(SegmentLog::event).toList());
        for (SegmentListener l : listeners) {
            l.changed(changes);
        }
    }

    static Event event(MembershipChange c) {
        String name = c.entered() ? ENTERED : EXITED;
        long micros = c.at().getEpochSecond() * 1_000_000L + c.at().getNano() / 1000;
        String user = c.userId().value().length() > 150 ? Integer.toHexString(c.userId().value().hashCode())
                + ":" + c.userId().value().length() : c.userId().value();
        String id = LiveSegments.OWN_EVENT_PREFIX + (c.entered() ? "entered:" : "exited:") + c.segmentId() + ":"
                + user + ":" + micros;
        return new Event(EventId.of(id), EventType.CUSTOM, c.userId(), null, null, c.at(), 1, null, null, null,
                Map.of(), Map.of("name", name, "segment", c.segmentId()), Map.of(), false);
    }
}
