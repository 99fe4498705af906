package io.marketpilot.automation.segment;

import java.util.PriorityQueue;

/**
 * When each customer's membership may next change by time alone (a window entry expiring, a {@code within}
 * elapsing, a relative date passing). Re-scheduling earlier leaves the stale entry in the heap; it is skipped when
 * popped because the customer's {@code due} no longer equals it.
 */
final class TimerQueue {
    private record Due(long at, CustomerState customer) {}

    private final PriorityQueue<Due> heap = new PriorityQueue<>((a, b) -> Long.compare(a.at, b.at));

    /**
     * Makes the customer due at {@code at} at the latest. A later time than one already queued is left to the
     * earlier entry: when it fires the customer is evaluated and rescheduled, so the heap holds few stale entries.
     */
    void schedule(CustomerState c, long at) {
        if (at >= c.due) {
            return;
        }
        c.due = at;
        heap.add(new Due(at, c));
    }

    /** The next customer due at or before {@code now}, or null. */
    CustomerState pollDue(long now) {
        while (!heap.isEmpty() && heap.peek().at <= now) {
            Due d = heap.poll();
            if (d.customer.due == d.at) {
                d.customer.due = Long.MAX_VALUE;
                return d.customer;
            }
        }
        return null;
    }

    int size() {
        return heap.size();
    }
}
