package io.marketpilot.automation.segment;

import java.util.Arrays;

/**
 * One customer's entries of one channel: (time in µs, amount), sorted by time, in primitive arrays. Most channels
 * count events (every amount 1), so the amounts array exists only once an amount other than 1 arrives; arrays grow
 * by half, not double, because a million customers' slack adds up.
 */
final class Buffer {
    private long[] times = new long[2];
    private double[] amounts;
    private int size;

    void add(long t, double amount) {
        if (amounts == null && amount != 1.0) {
            amounts = new double[times.length];
            Arrays.fill(amounts, 0, size, 1.0);
        }
        if (size == times.length) {
            int grown = size + Math.max(2, size >> 1);
            times = Arrays.copyOf(times, grown);
            if (amounts != null) {
                amounts = Arrays.copyOf(amounts, grown);
            }
        }
        int i = size;
        while (i > 0 && times[i - 1] > t) {
            i--;
        }
        System.arraycopy(times, i, times, i + 1, size - i);
        times[i] = t;
        if (amounts != null) {
            System.arraycopy(amounts, i, amounts, i + 1, size - i);
            amounts[i] = amount;
        }
        size++;
    }

    /** Drops entries at or before {@code oldest}; returns whether anything is left. */
    boolean prune(long oldest) {
        int drop = 0;
        while (drop < size && times[drop] <= oldest) {
            drop++;
        }
        if (drop > 0) {
            System.arraycopy(times, drop, times, 0, size - drop);
            if (amounts != null) {
                System.arraycopy(amounts, drop, amounts, 0, size - drop);
            }
            size -= drop;
            if (size < times.length / 4 && times.length > 4) {
                times = Arrays.copyOf(times, Math.max(2, size + (size >> 1)));
                if (amounts != null) {
                    amounts = Arrays.copyOf(amounts, times.length);
                }
            }
        }
        return size > 0;
    }

    int size() {
        return size;
    }

    long time(int i) {
        return times[i];
    }

    double amount(int i) {
        return amounts == null ? 1.0 : amounts[i];
    }

    /** Bytes held (arrays and headers), for memory reports. */
    long bytes() {
        return 16 + 16 + (16 + 8L * times.length) + (amounts == null ? 0 : 16 + 8L * amounts.length) + 8;
    }
}
