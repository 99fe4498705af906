package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.automation.segment.SegmentListener;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.SegmentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes entries and exits durable: membership history in the state store, and one {@code custom} event per change
 * in the event log ({@code properties: {name: segment_entered | segment_exited, segment: <id>}}, event id
 * {@code segment:<entered|exited>:<segment>:<user>:<µs>}, so replays stay idempotent), then tells the listeners.
 *
 * <p>One writer thread does this in order, batching whatever queued meanwhile, so that ingestion does not wait for
 * two more fsyncs: memberships are current in memory when ingest returns, their history a moment later
 * ({@link #awaitWritten}). A crash in between loses no membership: the next start reconciles the history with
 * memberships recomputed from the log. A failed write stops the writer and fails every later change loudly.
 */
final class SegmentLog implements SegmentListener, AutoCloseable {
    static final String ENTERED = "segment_entered";
    static final String EXITED = "segment_exited";

    private final SegmentStore store;
    private final EventLog events;
    private final List<SegmentListener> listeners = new CopyOnWriteArrayList<>();
    private final List<DurableListener> durable = new CopyOnWriteArrayList<>();
    private final List<MembershipChange> pending = new ArrayList<>();
    private final Thread writer;
    private long queued;
    private long written;
    private boolean closed;
    private RuntimeException failure;

    SegmentLog(SegmentStore store, EventLog events) {
        this.store = store;
        this.events = events;
        this.writer = Thread.ofPlatform().daemon().name("segment-history").start(this::write);
    }

    void listen(SegmentListener listener) {
        listeners.add(listener);
    }

    /**
     * Adds a named listener that hears every change after the position it acknowledged, also those recorded
     * while it was down (a crash between recording a change and the listener taking it loses nothing); it is
     * called from {@link #start} on, beginning with what it missed.
     */
    void listen(String name, SegmentListener listener) {
        durable.add(new DurableListener(name, listener, store));
    }

    /**
     * Lets the named listeners hear changes: tells each, on the calling thread, what it missed; then the history
     * thread tells them every new batch.
     */
    void start() {
        for (DurableListener l : durable) {
            l.start();
            l.catchUp();
        }
    }

    @Override
    public synchronized void changed(List<MembershipChange> changes) {
        if (failure != null) {
            throw new IllegalStateException("segment history cannot be written: " + failure.getMessage(), failure);
        }
        pending.addAll(changes);
        queued += changes.size();
        notifyAll();
    }

    /** Waits until every change so far is in the history and the event log. */
    synchronized void awaitWritten() {
        long target = queued;
        while (written < target && failure == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("segment history cannot be written: " + failure.getMessage(), failure);
        }
    }

    private void write() {
        while (true) {
            List<MembershipChange> batch;
            synchronized (this) {
                while (pending.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = List.copyOf(pending);
                pending.clear();
            }
            try {
                long last = store.record(batch);
                events.append(batch.stream().map(SegmentLog::event).toList());
                for (SegmentListener l : listeners) {
                    l.changed(batch);
                }
                for (DurableListener l : durable) {
                    l.deliver(batch, last);
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    failure = e;
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                written += batch.size();
                notifyAll();
            }
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
