package io.marketpilot.automation.segment;

import java.util.Arrays;

/** One customer's entries of one channel: (time in µs, amount), sorted by time, in two primitive arrays. */
final class Buffer {
    private long[] times = new long[2];
    private double[] amounts = new double[2];
    private int size;

    void add(long t, double amount) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            amounts = Arrays.copyOf(amounts, size * 2);
        }
        int i = size;
        while (i > 0 && times[i - 1] > t) {
            i--;
        }
        System.arraycopy(times, i, times, i + 1, size - i);
        System.arraycopy(amounts, i, amounts, i + 1, size - i);
        times[i] = t;
        amounts[i] = amount;
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
            System.arraycopy(amounts, drop, amounts, 0, size - drop);
            size -= drop;
            if (size < times.length / 4 && times.length > 4) {
                times = Arrays.copyOf(times, Math.max(2, size * 2));
                amounts = Arrays.copyOf(amounts, Math.max(2, size * 2));
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
        return amounts[i];
    }

    /** Bytes held (arrays and headers), for memory reports. */
    long bytes() {
        return 16 + 16 + 2L * (16 + 8L * times.length) + 8;
    }
}
