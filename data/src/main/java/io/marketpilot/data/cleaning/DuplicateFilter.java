package io.marketpilot.data.cleaning;

import io.marketpilot.core.id.EventId;

/**
 * Drops the second and later events of a batch with the same id (the event log de-duplicates across batches).
 * The ids seen are held in an open-addressing table of the ids themselves, sized for the batch up front: no
 * {@code HashMap} node per id and no resizing, which a {@code HashSet<EventId>} cost (docs/benchmarks.md §28c).
 */
final class DuplicateFilter {
    private EventId[] table;
    private int mask;
    private int size;
    private int dropped;

    DuplicateFilter(int expected) {
        int capacity = Integer.highestOneBit(Math.max(2 * expected - 1, 8)) << 1; // at most half full
        table = new EventId[capacity];
        mask = capacity - 1;
    }

    /** True the first time an id is offered; false (and counted) afterwards. */
    boolean firstSighting(EventId id) {
        String value = id.value();
        int h = value.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        for (EventId held = table[slot]; held != null; held = table[slot]) {
            if (held.value().equals(value)) {
                dropped++;
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = id;
        if (2 * ++size > table.length) {
            grow(); // only when offered more ids than expected
        }
        return true;
    }

    private void grow() {
        EventId[] old = table;
        table = new EventId[2 * old.length];
        mask = table.length - 1;
        for (EventId id : old) {
            if (id != null) {
                int h = id.value().hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = id;
            }
        }
    }

    int dropped() {
        return dropped;
    }
}
