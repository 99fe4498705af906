package io.marketpilot.automation.segment;

import java.util.Arrays;

/**
 * When each customer's membership may next change by time alone (a window entry expiring, a {@code within}
 * elapsing, a relative date passing): at most one timer per customer, its earliest. A binary min-heap of customer
 * indexes (ties by index) with each customer's position, so rescheduling moves the entry instead of queueing
 * another: 16 bytes per customer (due time, position, heap slot) and no objects.
 */
final class TimerQueue {
    private long[] due = new long[0];
    /** Heap position + 1 of each customer, 0 = not queued. */
    private int[] position = new int[0];
    private int[] heap = new int[16];
    private int size;

    /** The instant the customer is due, {@link Long#MAX_VALUE} when it is not queued. */
    long due(int customer) {
        return customer < due.length ? due[customer] : Long.MAX_VALUE;
    }

    /**
     * Makes the customer due at {@code at} at the latest. A later time than one already queued is left to the
     * earlier one: when it fires the customer is evaluated and rescheduled.
     */
    void schedule(int customer, long at) {
        if (at >= due(customer)) {
            return;
        }
        if (customer >= due.length) {
            int n = Math.max(customer + 1, due.length + (due.length >> 1));
            int from = due.length;
            due = Arrays.copyOf(due, n);
            Arrays.fill(due, from, n, Long.MAX_VALUE);
            position = Arrays.copyOf(position, n);
        }
        due[customer] = at;
        if (position[customer] == 0) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size + (size >> 1));
            }
            heap[size] = customer;
            position[customer] = ++size;
        }
        up(position[customer] - 1);
    }

    /** The next customer due at or before {@code now} (no longer queued), or -1. */
    int pollDue(long now) {
        if (size == 0 || due[heap[0]] > now) {
            return -1;
        }
        int top = heap[0];
        int last = heap[--size];
        position[top] = 0;
        due[top] = Long.MAX_VALUE;
        if (size > 0) {
            heap[0] = last;
            position[last] = 1;
            down(0);
        }
        return top;
    }

    int size() {
        return size;
    }

    /** Bytes of the arrays held (memory reports). */
    long bytes() {
        return 3 * 16L + 8L * due.length + 4L * position.length + 4L * heap.length;
    }

    private boolean before(int a, int b) {
        return due[a] < due[b] || due[a] == due[b] && a < b;
    }

    private void up(int i) {
        int c = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(c, heap[parent])) {
                break;
            }
            place(heap[parent], i);
            i = parent;
        }
        place(c, i);
    }

    private void down(int i) {
        int c = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], c)) {
                break;
            }
            place(heap[child], i);
            i = child;
        }
        place(c, i);
    }

    private void place(int customer, int i) {
        heap[i] = customer;
        position[customer] = i + 1;
    }
}
