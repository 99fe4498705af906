package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.Triggers;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.engine.state.StateDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Segment entries and exits on their way to journeys: queued durably in {@code journey_segment_changes} by the
 * segment history thread (one short write, never a wait for a journey pass), applied in order by a pass — each
 * batch's entries and the deletion of its rows in one transaction — so a crash in between loses none.
 */
final class SegmentChanges {
    private final StateDatabase db;
    private final Definitions definitions;
    private final TriggerPass triggers;
    private final int batch;
    /** Whether the table may hold rows (true at start: a crash may have left some). */
    private final AtomicBoolean waiting = new AtomicBoolean(true);

    SegmentChanges(StateDatabase db, Definitions definitions, TriggerPass triggers, int batch) {
        this.db = db;
        this.definitions = definitions;
        this.triggers = triggers;
        this.batch = batch;
    }

    /** Writes the changes down; throws if that failed (the segment history then tells them again). */
    void queue(List<MembershipChange> changes) {
        db.write("journey segment changes queued", c -> {
            SegmentChangeTable.add(c, changes);
            return null;
        });
        waiting.set(true);
    }

    /** Applies every waiting change in order (the caller holds the journeys' moving lock). */
    void apply() {
        if (!waiting.getAndSet(false)) {
            return;
        }
        try {
            while (applyBatch() == batch) {
                // the next batch
            }
        } catch (RuntimeException e) {
            waiting.set(true);
            throw e;
        }
    }

    private int applyBatch() {
        List<JourneyDefinition> active = definitions.activeLatest();
        return db.write("journey segment changes", c -> {
            List<SegmentChangeTable.Pending> pending = SegmentChangeTable.oldest(c, batch);
            for (SegmentChangeTable.Pending p : pending) {
                MembershipChange change = p.change();
                for (JourneyDefinition d : Triggers.triggeredBy(active, change)) {
                    triggers.enter(c, d, List.of(change.userId().value()), change.at());
                }
            }
            if (!pending.isEmpty()) {
                SegmentChangeTable.applied(c, pending.getLast().seq());
            }
            return pending.size();
        });
    }
}
