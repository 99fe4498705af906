package io.marketpilot.data.cleaning;

import io.marketpilot.core.event.Event;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The counted events of one batch grouped by actor, for {@link BotDetector}: each actor's events in time order,
 * the position of its last one, and every event's time in epoch millis. Grouping takes one probe of a small
 * batch-local table per event, so the detector then looks each actor up in its large, access-ordered map once
 * per batch instead of once per event. {@link EventCleaner} adds each event as it accepts it, while the event is
 * still in the cache, so the detector need not read the batch's events again (docs/benchmarks.md §28c). One per
 * batch; not thread-safe.
 */
final class BatchActors {
    private String[] slots = new String[64];
    private int[] slotGroup = new int[64];
    private String[] actors = new String[16];
    private int[] count = new int[16];
    private int[] start = new int[16];
    private int[] last = new int[16];
    private int[] groupOfEvent = new int[0];
    private int[] order = new int[0];
    private long[] times = new long[0];
    private int groups;
    private final boolean[] counted;
    private int events;
    private boolean inTimeOrder = true;
    private Instant latest;
    private boolean ordered;

    /** @param counted by {@link io.marketpilot.core.event.EventType} ordinal: the types the detector counts */
    BatchActors(boolean[] counted, int expectedEvents) {
        this.counted = counted;
        ensureEvents(Math.max(expectedEvents, 1));
    }

    /** A batch of the given events, in time order. */
    static BatchActors of(List<Event> byTime, boolean[] counted) {
        BatchActors batch = new BatchActors(counted, byTime.size());
        for (int i = 0; i < byTime.size(); i++) {
            batch.add(byTime.get(i));
        }
        return batch;
    }

    /** Adds the batch's next event (in list order). */
    void add(Event event) {
        int i = events++;
        ensureEvents(events);
        Instant time = event.timestamp();
        if (latest != null && time.isBefore(latest)) {
            inTimeOrder = false;
        } else {
            latest = time;
        }
        if (!counted[event.type().ordinal()]) {
            groupOfEvent[i] = -1;
            return;
        }
        String actor = event.actorKey();
        int mask = slots.length - 1;
        int slot = spread(actor.hashCode()) & mask;
        int g;
        while (true) {
            String held = slots[slot];
            if (held == null) {
                g = newGroup(actor, slot);
                break;
            }
            if (held.equals(actor)) {
                g = slotGroup[slot];
                break;
            }
            slot = (slot + 1) & mask;
        }
        groupOfEvent[i] = g;
        count[g]++;
        last[g] = i;
        times[i] = millis(time);
    }

    /** Whether this batch counts the types by {@code counted} (made for that detector). */
    boolean counts(boolean[] counted) {
        return this.counted == counted;
    }

    /** How many events were added. */
    int events() {
        return events;
    }

    /** Whether the events were added in time order (ties in any order): else the detector sorts the list itself. */
    boolean inTimeOrder() {
        return inTimeOrder;
    }

    /** Orders each group's events (once all are added); the accessors below are valid after it. */
    void close() {
        if (ordered) {
            return;
        }
        ordered = true;
        int n = events;
        int at = 0;
        for (int g = 0; g < groups; g++) {
            start[g] = at;
            at += count[g];
            count[g] = 0;
        }
        for (int i = 0; i < n; i++) {
            int g = groupOfEvent[i];
            if (g >= 0) {
                order[start[g] + count[g]++] = i;
            }
        }
    }

    int groups() {
        return groups;
    }

    String actor(int group) {
        return actors[group];
    }

    /** How many counted events the actor has in the batch. */
    int size(int group) {
        return count[group];
    }

    /** The position in the batch (time order) of the group's {@code k}-th event. */
    int event(int group, int k) {
        return order[start[group] + k];
    }

    long time(int event) {
        return times[event];
    }

    /**
     * The groups ordered by their last event, the order in which event-by-event processing last touched them: one
     * pass over the events (each position is the last of at most one group), no sort.
     */
    int[] byLastEvent() {
        int[] out = new int[groups];
        int k = 0;
        for (int i = 0; i < events; i++) {
            int g = groupOfEvent[i];
            if (g >= 0 && last[g] == i) {
                out[k++] = g;
            }
        }
        return out;
    }

    /** Epoch millis, saturated: the core accepts instants far beyond the range of a long of millis. */
    static long millis(Instant t) {
        long seconds = Math.clamp(t.getEpochSecond(), -9_000_000_000_000_000L / 1000, 9_000_000_000_000_000L / 1000);
        return seconds * 1000 + t.getNano() / 1_000_000;
    }

    private int newGroup(String actor, int slot) {
        int g = groups++;
        if (g == actors.length) {
            int size = 2 * g;
            actors = Arrays.copyOf(actors, size);
            count = Arrays.copyOf(count, size);
            start = Arrays.copyOf(start, size);
            last = Arrays.copyOf(last, size);
        }
        actors[g] = actor;
        count[g] = 0;
        if (2 * groups > slots.length) {
            growTable();
        } else {
            slots[slot] = actor;
            slotGroup[slot] = g;
        }
        return g;
    }

    /** Room for {@code n} events. */
    private void ensureEvents(int n) {
        if (groupOfEvent.length < n) {
            int size = Math.max(n, 2 * groupOfEvent.length);
            groupOfEvent = Arrays.copyOf(groupOfEvent, size);
            order = new int[size];
            times = Arrays.copyOf(times, size);
        }
    }

    /** A table twice as large, the actors so far re-placed: kept at most half full, and small enough to stay cached. */
    private void growTable() {
        int size = Math.max(64, 2 * slots.length);
        slots = new String[size];
        slotGroup = new int[size];
        for (int g = 0; g < groups; g++) {
            int slot = spread(actors[g].hashCode()) & (size - 1);
            while (slots[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = actors[g];
            slotGroup[slot] = g;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
