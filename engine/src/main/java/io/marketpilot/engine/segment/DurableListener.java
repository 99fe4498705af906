package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.SegmentListener;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.RecordedChange;
import io.marketpilot.core.store.SegmentStore;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * A named listener with a cursor over the segment change history: it is told every change after the position it
 * acknowledged, at least once and in order (one call at a time: the history thread's batches, the catch-up on
 * start). After a listener failure it is behind and catches up from the history with the next batch; a change it took but did not
 * acknowledge before a crash is told again on start, so the listener must take a repeated change harmlessly.
 */
final class DurableListener {
    private static final int PAGE = 10_000;
    private final String name;
    private final SegmentListener listener;
    private final SegmentStore store;
    private long delivered;
    private boolean started;

    DurableListener(String name, SegmentListener listener, SegmentStore store) {
        this.name = name;
        this.listener = listener;
        this.store = store;
        var acked = store.acknowledged(name);
        this.delivered = acked.orElse(store.lastPosition()); // a new listener starts with the changes from now
        if (acked.isEmpty()) {
            store.acknowledge(name, delivered);
        }
    }

    /** From now on the listener may be called (the history thread catches it up first). */
    synchronized void start() {
        started = true;
    }

    /** Tells the listener {@code batch}, recorded at positions up to {@code last}; catches up first if behind. */
    synchronized void deliver(List<MembershipChange> batch, long last) {
        long first = last - batch.size() + 1;
        if (!started || delivered >= last) {
            return;
        }
        if (delivered < first - 1) {
            catchUp();
            return;
        }
        tell(batch.subList((int) (delivered - first + 1), batch.size()), last);
    }

    /** Tells the listener everything after its cursor, page by page, until the history is exhausted. */
    synchronized void catchUp() {
        if (!started) {
            return;
        }
        List<RecordedChange> page;
        do {
            page = store.changesAfter(delivered, PAGE);
            if (!page.isEmpty() && !tell(page.stream().map(RecordedChange::change).toList(),
                    page.getLast().position())) {
                return;
            }
        } while (page.size() == PAGE);
    }

    private boolean tell(List<MembershipChange> changes, long last) {
        try {
            listener.changed(changes);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DurableListener.class).warn("segment listener {} failed on {} change(s), it"
                    + " will hear them again: {}", name, changes.size(), e.getMessage());
            return false;
        }
        delivered = last;
        try {
            store.acknowledge(name, last);
        } catch (RuntimeException e) { // the next acknowledgement covers it; a crash before means a harmless repeat
            LoggerFactory.getLogger(DurableListener.class).warn("segment listener {}: position {} not saved: {}",
                    name, last, e.getMessage());
        }
        return true;
    }
}
