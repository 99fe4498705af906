package io.marketpilot.data.cleaning;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags actors ({@link Event#actorKey()}) that produce more than {@link BotPolicy#maxEvents()} events of the
 * {@link BotPolicy#countedTypes()} within any {@link BotPolicy#window()}: a sliding window per actor over event
 * time (not the wall clock, so imports of old data work). The engine keeps one detector for the life of the
 * process and passes it to every {@link EventCleaner#clean} call; it is thread-safe.
 *
 * <p>Out-of-order events are placed in time order; they are judged exactly when at most one window older than
 * the actor's newest event, and against what is still held otherwise. Memory is bounded: an actor's window is
 * dropped when it has been idle for two windows of event time, or when more than {@link BotPolicy#maxActors()}
 * are held (least recently active first); flagged actors are remembered up to the same bound.
 */
public final class BotDetector {
    private final BotPolicy policy;
    private final long windowMillis;
    private final long retentionMillis;
    /** {@link BotPolicy#countedTypes()} by ordinal: one array read per event instead of a set probe. */
    private final boolean[] counted = new boolean[EventType.values().length];
    private final LinkedHashMap<String, ActorWindow> windows = new LinkedHashMap<>(1024, 0.75f, true);
    private final LinkedHashMap<String, Boolean> bots;
    private long watermark = Long.MIN_VALUE;

    public BotDetector(BotPolicy policy) {
        this.policy = policy;
        this.windowMillis = policy.window().toMillis();
        this.retentionMillis = 2 * windowMillis;
        policy.countedTypes().forEach(t -> counted[t.ordinal()] = true);
        this.bots = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > policy.maxActors();
            }
        };
    }

    public BotPolicy policy() {
        return policy;
    }

    /**
     * Records a batch of events (in timestamp order, ties in list order) and returns the actors it made bots,
     * in the order they crossed the threshold. Actors flagged earlier are not returned again.
     */
    public Set<String> observe(List<Event> events) {
        return observe(events, null);
    }

    /** A record of a batch's actors and times for {@link #observe(List, BatchActors)}, filled as events are accepted. */
    BatchActors newBatch(int expectedEvents) {
        return new BatchActors(counted, expectedEvents);
    }

    /**
     * As {@link #observe(List)}, given the batch's actors as {@link EventCleaner} recorded them while accepting
     * each event, so that the events need not be read again; {@code actors} is ignored (the list read again)
     * when null, made by another detector, not of these events, or not in time order.
     */
    synchronized Set<String> observe(List<Event> events, BatchActors actors) {
        List<Event> byTime = events;
        BatchActors batch = actors;
        if (batch == null || !batch.counts(counted) || batch.events() != events.size() || !batch.inTimeOrder()) {
            byTime = inTimeOrder(events);
            batch = BatchActors.of(byTime, counted);
        }
        if (bots.size() + batch.groups() > policy.maxActors()) {
            // a new bot could push a remembered one out mid-batch, and that one's later events would then count
            // again: only the event-by-event replay is exact then
            return observeEventByEvent(byTime);
        }
        batch.close();
        return observeByActor(batch);
    }

    /**
     * The batch actor by actor: each actor's events in time order against its window, the actors in the order of
     * their last event. An actor's outcome depends only on its own events, and the maps' access order only on
     * each actor's last use, so this ends in exactly the state (and reports exactly the bots, in the same order)
     * of {@link #observeEventByEvent}, as long as no bot is forgotten during the batch (the caller's condition).
     * What it saves: one lookup per actor instead of one per event in the large access-ordered map of windows,
     * and, with the batch noted by {@link EventCleaner}, a second and third pass over events no longer in the
     * cache (cleaning 3–20% less CPU, docs/benchmarks.md §28c).
     */
    private Set<String> observeByActor(BatchActors batch) {
        long[] flaggedAt = new long[0];
        int flaggedCount = 0;
        for (int g : batch.byLastEvent()) {
            String actor = batch.actor(g);
            if (!bots.isEmpty() && bots.get(actor) != null) {
                continue; // a bot already: the lookup moved it to the end of the bots' access order, as before
            }
            ActorWindow window = windows.computeIfAbsent(actor, a -> new ActorWindow());
            for (int k = 0, n = batch.size(g); k < n; k++) {
                int event = batch.event(g, k);
                long time = batch.time(event);
                watermark = Math.max(watermark, time);
                if (window.add(time, policy.maxEvents(), windowMillis, retentionMillis)) {
                    windows.remove(actor);
                    bots.put(actor, Boolean.TRUE); // its later events in the batch only touched it here
                    if (flaggedCount == flaggedAt.length) {
                        flaggedAt = Arrays.copyOf(flaggedAt, Math.max(4, 2 * flaggedCount));
                    }
                    flaggedAt[flaggedCount++] = (long) event << 32 | g;
                    break;
                }
            }
        }
        Arrays.sort(flaggedAt, 0, flaggedCount);
        Set<String> flagged = new LinkedHashSet<>();
        for (int i = 0; i < flaggedCount; i++) {
            flagged.add(batch.actor((int) flaggedAt[i]));
        }
        forgetIdleActors();
        return flagged;
    }

    /** The batch event by event, in time order: the definition {@link #observeByActor} follows. */
    private Set<String> observeEventByEvent(List<Event> byTime) {
        Set<String> flagged = new LinkedHashSet<>();
        boolean anyBots = !bots.isEmpty();
        for (Event event : byTime) {
            if (!counted[event.type().ordinal()]) {
                continue;
            }
            String actor = event.actorKey();
            if (anyBots && bots.get(actor) != null) {
                continue;
            }
            long time = BatchActors.millis(event.timestamp());
            watermark = Math.max(watermark, time);
            ActorWindow window = windows.computeIfAbsent(actor, a -> new ActorWindow());
            if (window.add(time, policy.maxEvents(), windowMillis, retentionMillis)) {
                windows.remove(actor);
                bots.put(actor, Boolean.TRUE);
                flagged.add(actor);
                anyBots = true;
            }
        }
        forgetIdleActors();
        return flagged;
    }

    /**
     * The events of a batch marked {@link Event#bot()} where their actor is a bot: the same list when no actor
     * of it is (the common case costs one lookup per event, or none while no bot is known).
     */
    public synchronized List<Event> markedAsBots(List<Event> events) {
        if (bots.isEmpty()) {
            return events;
        }
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (!event.bot() && bots.containsKey(event.actorKey())) {
                if (out == null) {
                    out = new ArrayList<>(events);
                }
                out.set(i, event.asBot());
            }
        }
        return out == null ? events : out;
    }

    /** The batch by timestamp (stable: ties keep list order); no copy or sort when it already is in order. */
    private static List<Event> inTimeOrder(List<Event> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).timestamp().isBefore(events.get(i - 1).timestamp())) {
                List<Event> byTime = new ArrayList<>(events);
                byTime.sort(Comparator.comparing(Event::timestamp));
                return byTime;
            }
        }
        return events;
    }

    /** Remembers actors already known as bots (e.g. read back from the event log at start-up). */
    public synchronized void markBots(java.util.Collection<String> actorKeys) {
        for (String actor : actorKeys) {
            windows.remove(actor);
            bots.put(actor, Boolean.TRUE);
        }
    }

    /** Whether the actor has been flagged (and not forgotten since). */
    public synchronized boolean isBot(String actorKey) {
        return bots.containsKey(actorKey);
    }

    /** How many non-bot actors currently have a window in memory. */
    public synchronized int trackedActors() {
        return windows.size();
    }

    private void forgetIdleActors() {
        if (watermark == Long.MIN_VALUE) {
            return;
        }
        Iterator<ActorWindow> eldestFirst = windows.values().iterator();
        while (eldestFirst.hasNext()) {
            ActorWindow window = eldestFirst.next();
            boolean idle = window.newest() < watermark - retentionMillis;
            if (!idle && windows.size() <= policy.maxActors()) {
                break;
            }
            eldestFirst.remove();
        }
    }
}
