package io.marketpilot.store.duckdb;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The last {@code capacity} committed event ids, exactly. A retried batch (an HTTP client or a Kafka
 * consumer redelivering) hits these, so its duplicates are confirmed without a query. Guarded by the
 * writer lock.
 */
final class RecentIds {
    private final int capacity;
    private final ArrayDeque<String> order;
    private final Set<String> ids;

    RecentIds(int capacity) {
        this.capacity = capacity;
        this.order = new ArrayDeque<>(capacity);
        this.ids = new HashSet<>(capacity * 2);
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    /** Remembers committed ids, forgetting the oldest beyond the capacity. */
    void addAll(Collection<String> committed) {
        for (String id : committed) {
            if (ids.add(id)) {
                order.addLast(id);
                if (order.size() > capacity) {
                    ids.remove(order.removeFirst());
                }
            }
        }
    }
}
