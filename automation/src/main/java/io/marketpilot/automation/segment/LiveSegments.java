package io.marketpilot.automation.segment;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The incremental evaluator: keeps every segment's members current as events arrive ({@link #onEvents}), as
 * customers' facts change ({@link #customerChanged}) and as time passes ({@link #advance}: windows expire,
 * {@code within} periods elapse, relative dates pass — a timer queue holds each customer's next due instant).
 * Per customer it buffers only the entries of events that match a condition, and only within its window.
 * Every entry and exit goes to the listener, in order. Thread-safe (one lock).
 */
public final class LiveSegments {
    /** Event ids with this prefix are the segment events the engine itself logs; conditions never see them. */
    public static final String OWN_EVENT_PREFIX = "segment:";

    /** Customers evaluated per lock hold: a fact lookup each can take ~0.1 ms, and ingest waits for the hold. */
    private static final int EVALUATION_CHUNK = 1_000;

    private final Population population;
    private final SegmentListener listener;
    private final Buffering buffering;
    private Plan plan = new Plan();
    /** The addition between {@link #begin} and {@link #install}, recording what ingest stores; null when none. */
    private Addition pending;
    private final OnlineState state = new OnlineState();
    private final TimerQueue timers = new TimerQueue();
    private long[] sizes = new long[0];

    public LiveSegments(Population population, ItemCategories categories, SegmentListener listener) {
        this.population = population;
        this.listener = listener;
        this.buffering = new Buffering(categories);
    }

    /**
     * Starts evaluating {@code definitions} (references only to earlier or already added segments) from their
     * current members (the batch evaluator's result at {@code now}) and the stored events {@code replay}
     * streams from the instant it is given (the longest window of the new segments before {@code now}). Initial
     * members are not announced as entries; later differences are. Nothing may be ingested meanwhile (a rebuild,
     * tests); {@link #begin} … {@link #install} is the same without that condition.
     */
    public void add(List<SegmentDefinition> definitions, Function<SegmentId, Collection<String>> members,
                    Replay replay, Instant now) {
        Addition a = begin(definitions, now);
        try {
            a.replay(replay);
        } catch (RuntimeException e) {
            abandon(a);
            throw e;
        }
        install(a, members, () -> now);
    }

    /**
     * Plans adding {@code definitions} at {@code now} without evaluating them yet: ingest goes on with the installed
     * segments and records what it stores for the addition. One addition at a time.
     */
    public synchronized Addition begin(List<SegmentDefinition> definitions, Instant now) {
        if (pending != null) {
            throw new IllegalStateException("another segment addition is in progress");
        }
        Plan draft = plan.copy();
        int firstChannel = draft.channels.size();
        draft.replayedFrom = firstChannel;
        draft.extended.clear();
        for (SegmentDefinition d : definitions) {
            draft.add(d);
        }
        long n = Times.micros(now);
        pending = new Addition(draft, plan.segments.size(), firstChannel, n,
                ChannelRanges.replayed(draft, firstChannel, n), buffering);
        return pending;
    }

    /** Drops an addition that failed before {@link #install}; nothing of it was visible. */
    public synchronized void abandon(Addition a) {
        if (pending == a) {
            pending = null;
        }
        a.closed = true;
    }

    /**
     * Buffers into the addition what ingest recorded so far, outside the lock, so that {@link #install} has little
     * left to apply under it.
     */
    public void catchUp(Addition a) {
        List<Event> batch;
        synchronized (this) {
            batch = a.recorded;
            a.recorded = new ArrayList<>();
        }
        a.buffer(batch);
    }

    /**
     * Installs the addition: under the lock, applies the events recorded since {@link #begin}, puts the replayed
     * blocks in place (a lengthened channel's whole block is replaced), switches to the new plan and sets the batch
     * {@code members}; from then on ingest evaluates the new segments too. Then every customer the addition touched
     * is evaluated once for them (entries and exits announced) in chunks, releasing the lock between chunks.
     */
    public void install(Addition a, Function<SegmentId, Collection<String>> members, Supplier<Instant> clock) {
        CustomerSet touched = switchPlan(a, members);
        for (int from = 0; from < touched.size(); from += EVALUATION_CHUNK) {
            synchronized (this) {
                Instant now = clock.get();
                long n = Times.micros(now);
                List<MembershipChange> changes = new ArrayList<>();
                for (int k = from; k < Math.min(touched.size(), from + EVALUATION_CHUNK); k++) {
                    // only the new segments can have changed: older ones kept their channels and were current
                    evaluate(touched.get(k), n, now, changes, a.firstSegment);
                }
                announce(changes);
            }
        }
    }

    private synchronized CustomerSet switchPlan(Addition a, Function<SegmentId, Collection<String>> members) {
        if (pending != a || a.closed) {
            throw new IllegalStateException("the addition was abandoned or installed already");
        }
        a.buffer(a.recorded);
        a.recorded = List.of();
        pending = null;
        a.closed = true;
        plan = a.draft;
        sizes = Arrays.copyOf(sizes, plan.segments.size());
        CustomerSet touched = a.placeBlocks(state);
        for (int i = a.firstSegment; i < plan.segments.size(); i++) {
            for (String user : members.apply(plan.segments.get(i).id())) {
                int c = state.customer(user);
                if (!state.member(c, i)) {
                    state.member(c, i, true);
                    sizes[i]++;
                }
                touched.add(c);
            }
        }
        for (String user : a.changed) {
            touched.add(state.customer(user));
        }
        AdditionScope.widen(touched, plan, a.firstSegment, a.firstChannel, state, population);
        return touched;
    }

    /** Folds stored events into the state and re-evaluates their customers at {@code now}. */
    public synchronized void onEvents(List<Event> events, Instant now) {
        long n = Times.micros(now);
        CustomerSet touched = new CustomerSet();
        ChannelRanges all = ChannelRanges.all(plan, n);
        for (Event e : events) {
            touched.add(buffering.buffer(e, plan, all, state));
        }
        if (pending != null) {
            pending.recorded.addAll(events);
        }
        List<MembershipChange> changes = new ArrayList<>();
        for (int k = 0; k < touched.size(); k++) {
            evaluate(touched.get(k), n, now, changes);
        }
        advance(n, now, changes);
        announce(changes);
    }

    /** Re-evaluates customers whose traits or attributes changed. */
    public synchronized void customerChanged(Collection<String> userIds, Instant now) {
        long n = Times.micros(now);
        List<MembershipChange> changes = new ArrayList<>();
        if (pending != null) {
            pending.changed.addAll(userIds);
        }
        for (String user : userIds) {
            evaluate(state.customer(user), n, now, changes);
        }
        advance(n, now, changes);
        announce(changes);
    }

    /** Re-evaluates every customer whose next change by time alone is due at {@code now}. */
    public synchronized void advance(Instant now) {
        List<MembershipChange> changes = new ArrayList<>();
        advance(Times.micros(now), now, changes);
        announce(changes);
    }

    private void advance(long n, Instant now, List<MembershipChange> changes) {
        for (int c = timers.pollDue(n); c >= 0; c = timers.pollDue(n)) {
            evaluate(c, n, now, changes);
        }
    }

    private void evaluate(int s, long n, Instant now, List<MembershipChange> changes) {
        evaluate(s, n, now, changes, 0);
    }

    private void evaluate(int s, long n, Instant now, List<MembershipChange> changes, int fromSegment) {
        state.entries(s, Entries.prune(state.entries(s), c -> n - plan.channels.get(c).retentionMicros()));
        Evaluation eval = new Evaluation(plan, state, s, population, n);
        for (int i = fromSegment; i < plan.segments.size(); i++) {
            boolean in = eval.test(plan.segments.get(i).condition());
            if (in != state.member(s, i)) {
                state.member(s, i, in);
                sizes[i] += in ? 1 : -1;
                changes.add(new MembershipChange(plan.segments.get(i).id().value(), UserId.of(state.ids.id(s)), in,
                        now));
            }
        }
        timers.schedule(s, eval.next);
    }

    private void announce(List<MembershipChange> changes) {
        if (!changes.isEmpty()) {
            listener.changed(List.copyOf(changes));
        }
    }

    /** How far back the longest condition looks: a replay must cover at least this much. */
    public synchronized java.time.Duration retention() {
        return java.time.Duration.ofNanos(Math.multiplyExact(plan.longestRetention, 1000L));
    }

    public synchronized boolean isMember(SegmentId segment, String userId) {
        Integer i = plan.index.get(segment);
        int s = state.ids.find(userId);
        return i != null && s >= 0 && state.member(s, i);
    }

    /** The segments the customer is in now, in creation order. */
    public synchronized List<SegmentId> segmentsOf(String userId) {
        int s = state.ids.find(userId);
        List<SegmentId> out = new ArrayList<>();
        for (int i = 0; s >= 0 && i < plan.segments.size(); i++) {
            if (state.member(s, i)) {
                out.add(plan.segments.get(i).id());
            }
        }
        return out;
    }

    public synchronized Optional<Long> size(SegmentId segment) {
        Integer i = plan.index.get(segment);
        return i == null ? Optional.empty() : Optional.of(sizes[i]);
    }

    /** The current members (audits and tests; the API pages them from the store). */
    public synchronized Set<String> members(SegmentId segment) {
        Integer i = plan.index.get(segment);
        Set<String> out = new java.util.TreeSet<>();
        for (int s = 0; i != null && s < state.size(); s++) {
            if (state.member(s, i)) {
                out.add(state.ids.id(s));
            }
        }
        return out;
    }

    public synchronized List<SegmentDefinition> definitions() {
        return List.copyOf(plan.segments);
    }

    /**
     * Customers indexed, the bytes of every array the state holds (ids, entries, memberships, timers: the state is
     * nothing but primitive arrays, so this is exact up to alignment) and the timers queued (memory reports).
     */
    public synchronized StateFootprint footprint() {
        return new StateFootprint(state.size(), state.bytes() + timers.bytes(), timers.size(), state.buffered());
    }

    /** Streams the stored events of these types (empty: all) with a timestamp at or after {@code from}. */
    @FunctionalInterface
    public interface Replay {
        void events(Instant from, Set<EventType> types, Consumer<Event> sink);
    }

    /** What the online state holds: customers indexed, bytes, queued timers, customers with buffered entries. */
    public record StateFootprint(long customers, long bytes, long timers, long buffered) {}
}
