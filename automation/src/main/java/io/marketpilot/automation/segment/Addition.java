package io.marketpilot.automation.segment;

import io.marketpilot.core.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments being added to a {@link LiveSegments} without stopping ingest ({@link LiveSegments#begin}). The addition
 * is planned on a copy of the plan; its replay buffers the new and lengthened channels into a private state of its
 * own ({@link #replay}, no lock held), while ingest keeps evaluating the installed segments and records here every
 * event it stores meanwhile. {@link LiveSegments#install} then applies those recorded events to the private state,
 * puts its blocks in place of the live ones for those channels and switches to the new plan, all under the lock.
 *
 * <p>Each event counts exactly once if the replay covers exactly the events stored before recording began: the
 * caller replays the log up to a position taken while no ingest was between its append and its
 * {@link LiveSegments#onEvents} (the engine takes both under its ingest lock's write side, for a moment).
 */
public final class Addition {
    final Plan draft;
    final int firstSegment;
    final int firstChannel;
    final long now;
    final ChannelRanges replayed;
    /** The customers' entries of the replayed channels only, indexed by their own (private) customer index. */
    final OnlineState staged = new OnlineState();
    /** Events ingest stored since {@link LiveSegments#begin}, in order; guarded by the LiveSegments lock. */
    List<Event> recorded = new ArrayList<>();
    /** Customers whose traits or attributes changed since {@link LiveSegments#begin}; same lock. */
    final List<String> changed = new ArrayList<>();
    private final Buffering buffering;
    boolean closed;

    Addition(Plan draft, int firstSegment, int firstChannel, long now, ChannelRanges replayed, Buffering buffering) {
        this.draft = draft;
        this.firstSegment = firstSegment;
        this.firstChannel = firstChannel;
        this.now = now;
        this.replayed = replayed;
        this.buffering = buffering;
    }

    /**
     * Streams the stored events the new and lengthened channels need (from their longest retention before the
     * addition's now) into the private state; call once, without holding any lock ingest needs.
     */
    public void replay(LiveSegments.Replay replay) {
        if (replayed.channels().length > 0) {
            replay.events(Times.instant(replayed.earliest()), replayed.types(draft),
                    e -> buffering.buffer(e, draft, replayed, staged));
        }
    }

    /** The instant the addition was planned at (its batch members are computed at it). */
    public Instant at() {
        return Times.instant(now);
    }

    /**
     * Puts the replayed blocks into the live state (its plan is already {@link #draft}): a lengthened channel's
     * blocks are dropped from every customer first — the staged block holds its whole new window —, then each
     * staged customer's blocks are appended. Returns the staged customers.
     */
    CustomerSet placeBlocks(OnlineState state) {
        if (!draft.extended.isEmpty()) {
            for (int c = 0; c < state.size(); c++) {
                state.entries(c, Entries.prune(state.entries(c),
                        ch -> draft.extended.containsKey(ch) ? Long.MAX_VALUE : Long.MIN_VALUE));
            }
        }
        CustomerSet touched = new CustomerSet();
        for (int k = 0; k < staged.size(); k++) {
            int c = state.customer(staged.ids.id(k));
            // the staged blocks are of channels the live entries no longer (lengthened) or never (new) hold
            state.entries(c, Entries.concat(state.entries(c), staged.entries(k)));
            touched.add(c);
        }
        return touched;
    }

    void buffer(List<Event> events) {
        for (Event e : events) {
            buffering.buffer(e, draft, replayed, staged);
        }
    }
}
