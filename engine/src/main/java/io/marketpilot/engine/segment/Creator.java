package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.Addition;
import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.automation.segment.SegmentDefinition;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.SegmentStore;
import io.marketpilot.core.store.StoredSegment;
import io.marketpilot.store.json.JsonCodec;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The steps of one creation that keep ingest going ({@link Addition}): under the ingest lock's write side, only
 * for a moment, the addition begins and the log position its replay stops at is taken; then, with no lock held,
 * the batch SQL computes the members, the log is replayed up to that position, what ingest stored meanwhile is
 * caught up, and the segment is saved with its members; {@link Prepared#install} finally puts it into the online
 * state. Any failure before the install abandons the addition (nothing of it was visible).
 */
final class Creator {
    private final ReadWriteLock ingest;
    private final Backfill backfill;
    private final SegmentStore store;
    private final Clock clock;
    private volatile Consumer<Stage> stages = stage -> { };

    /** Where a creation is, for tests that ingest on another thread meanwhile. */
    enum Stage { BEGUN, REPLAYED }

    Creator(ReadWriteLock ingest, Backfill backfill, SegmentStore store, Clock clock) {
        this.ingest = ingest;
        this.backfill = backfill;
        this.store = store;
        this.clock = clock;
    }

    /** Tests only: called at each {@link Stage} of every creation, on the creating thread. */
    void onStage(Consumer<Stage> hook) {
        stages = hook;
    }

    /** Backfills and saves {@code d} (its source {@code json}) for {@code target}; installing is the caller's next step. */
    Prepared prepare(LiveSegments target, SegmentDefinition d, Map<String, Object> json,
                     Function<SegmentId, SegmentDefinition> known) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Addition addition;
        long upTo;
        // no ingest is between its append and its eventsStored here: the log up to upTo is exactly what the
        // online state saw before the addition began recording
        ingest.writeLock().lock();
        try {
            addition = target.begin(List.of(d), now);
            upTo = lastSequence(target, addition);
        } finally {
            ingest.writeLock().unlock();
        }
        try {
            stages.accept(Stage.BEGUN);
            List<String> members = backfill.members(d, known, now);
            backfill.replayInto(addition, upTo);
            stages.accept(Stage.REPLAYED);
            target.catchUp(addition);
            store.create(new StoredSegment(d.id().value(), d.name(), JsonCodec.write(json), now),
                    members.stream().map(UserId::of).toList());
            return new Prepared(target, addition, members, now, started);
        } catch (RuntimeException e) {
            target.abandon(addition);
            throw e;
        }
    }

    private long lastSequence(LiveSegments target, Addition addition) {
        try {
            return backfill.lastSequence();
        } catch (RuntimeException e) {
            target.abandon(addition);
            throw e;
        }
    }

    /** A saved segment not yet in the online state. */
    record Prepared(LiveSegments target, Addition addition, List<String> members, Instant at, long startedNanos) {
        /** Puts it into the online state (its customers evaluated in chunks, see {@link LiveSegments#install}). */
        void install(Clock clock) {
            target.install(addition, id -> members, clock::instant);
        }

        double seconds() {
            return (System.nanoTime() - startedNanos) / 1e9;
        }
    }
}
