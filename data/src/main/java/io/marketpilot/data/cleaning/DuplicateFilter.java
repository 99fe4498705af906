package io.marketpilot.data.cleaning;

import io.marketpilot.core.id.EventId;
import java.util.HashSet;
import java.util.Set;

/** Drops the second and later events of a batch with the same id (the event log de-duplicates across batches). */
final class DuplicateFilter {
    private final Set<EventId> seen;
    private int dropped;

    DuplicateFilter(int expected) {
        seen = HashSet.newHashSet(expected);
    }

    /** True the first time an id is offered; false (and counted) afterwards. */
    boolean firstSighting(EventId id) {
        if (seen.add(id)) {
            return true;
        }
        dropped++;
        return false;
    }

    int dropped() {
        return dropped;
    }
}
