package io.marketpilot.data.cleaning;

import java.util.Arrays;

/**
 * One actor's recent event times (epoch millis), kept sorted so events arriving out of order are placed where they
 * belong. Holds only what lies within the retention span of the newest time, so for an actor that is not a bot it
 * stays a few hundred longs at most.
 */
final class ActorWindow {
    private long[] times = new long[4];
    private int size;
    private long newest = Long.MIN_VALUE;

    long newest() {
        return newest;
    }

    /**
     * Adds one event time; true when some {@code maxEvents + 1} of the held events now lie within less than
     * {@code windowMillis}, i.e. the actor did more than {@code maxEvents} things in one window.
     */
    boolean add(long time, int maxEvents, long windowMillis, long retentionMillis) {
        int at = upperBound(time);
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
        }
        System.arraycopy(times, at, times, at + 1, size - at);
        times[at] = time;
        size++;
        newest = Math.max(newest, time);
        boolean dense = false;
        // any dense run that is new must contain the added time: check the runs of maxEvents + 1 around it
        for (int i = Math.max(0, at - maxEvents); i <= at && i + maxEvents < size; i++) {
            if (times[i + maxEvents] - times[i] < windowMillis) {
                dense = true;
                break;
            }
        }
        dropOlderThan(newest - retentionMillis);
        return dense;
    }

    private void dropOlderThan(long cutoff) {
        int keep = 0;
        while (keep < size && times[keep] < cutoff) {
            keep++;
        }
        if (keep > 0) {
            System.arraycopy(times, keep, times, 0, size - keep);
            size -= keep;
        }
    }

    private int upperBound(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
