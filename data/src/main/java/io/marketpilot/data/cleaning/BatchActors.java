package io.marketpilot.data.cleaning;

import io.marketpilot.core.event.Event;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The counted events of one batch grouped by actor, for {@link BotDetector}: each actor's events in time order,
 * the position of its last one, and every event's time in epoch millis. Grouping takes one probe of a small
 * batch-local table per event, so the detector then looks each actor up in its large, access-ordered map once
 * per batch instead of once per event (docs/benchmarks.md §28c). Scratch space, reused from batch to batch; not
 * thread-safe (the detector is synchronized).
 */
final class BatchActors {
    private String[] slots = new String[64];
    private int[] slotGroup = new int[64];
    private int[] groupSlot = new int[16];
    private String[] actors = new String[16];
    private int[] count = new int[16];
    private int[] start = new int[16];
    private int[] last = new int[16];
    private int[] groupOfEvent = new int[16];
    private int[] order = new int[16];
    private long[] times = new long[16];
    private int groups;

    /** Groups the counted events of {@code byTime} (ordered by time) by {@link Event#actorKey()}. */
    void group(List<Event> byTime, boolean[] counted) {
        int n = byTime.size();
        clear();
        ensureEvents(n);
        int mask = slots.length - 1;
        for (int i = 0; i < n; i++) {
            Event event = byTime.get(i);
            if (!counted[event.type().ordinal()]) {
                groupOfEvent[i] = -1;
                continue;
            }
            String actor = event.actorKey();
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
            times[i] = millis(event.timestamp());
        }
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

    /** The position of the group's last event: the actor's last use of the detector's maps in event order. */
    int lastEvent(int group) {
        return last[group];
    }

    long time(int event) {
        return times[event];
    }

    /** The groups ordered by their last event, the order in which event-by-event processing last touched them. */
    int[] byLastEvent() {
        long[] keyed = new long[groups];
        for (int g = 0; g < groups; g++) {
            keyed[g] = (long) last[g] << 32 | g;
        }
        Arrays.sort(keyed);
        int[] out = new int[groups];
        for (int k = 0; k < groups; k++) {
            out[k] = (int) keyed[k];
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
            groupSlot = Arrays.copyOf(groupSlot, size);
            count = Arrays.copyOf(count, size);
            start = Arrays.copyOf(start, size);
            last = Arrays.copyOf(last, size);
        }
        slots[slot] = actor;
        slotGroup[slot] = g;
        groupSlot[g] = slot;
        actors[g] = actor;
        count[g] = 0;
        return g;
    }

    /** Forgets the last batch's actors (only the slots they used), so no actor string outlives its batch. */
    private void clear() {
        for (int g = 0; g < groups; g++) {
            slots[groupSlot[g]] = null;
            actors[g] = null;
        }
        groups = 0;
    }

    /** Room for {@code n} events, and a table at most half full even if every event is another actor. */
    private void ensureEvents(int n) {
        if (groupOfEvent.length < n) {
            int size = Math.max(n, 2 * groupOfEvent.length);
            groupOfEvent = new int[size];
            order = new int[size];
            times = new long[size];
        }
        if (slots.length < 2 * n) {
            int size = Integer.highestOneBit(Math.max(2 * n - 1, 32)) << 1;
            slots = new String[size];
            slotGroup = new int[size];
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
