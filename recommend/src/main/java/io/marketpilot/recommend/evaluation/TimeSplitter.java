package io.marketpilot.recommend.evaluation;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code time-split}: raw events are cut at T (the time below which 80% of them lie, or the given cutoff) BEFORE
 * collapsing. Training = events before T. Test users have a training pair and at least one item after T that is not
 * in their training history; those new items are their targets.
 */
final class TimeSplitter {
    static final double TRAIN_FRACTION = 0.8;

    private TimeSplitter() {}

    static Split split(InteractionLog log, EventWeights weights, Optional<Long> cutoff) {
        if (log.size() == 0) {
            throw new IllegalArgumentException("cannot split an empty interaction log");
        }
        long t = cutoff.orElseGet(() -> quantileCut(log));
        int[] train = new int[log.size()];
        int n = 0;
        for (int r = 0; r < log.size(); r++) {
            if (log.timeMillis(r) < t) {
                train[n++] = r;
            }
        }
        train = Arrays.copyOf(train, n);
        if (n == 0 || n == log.size()) {
            throw new IllegalArgumentException("the time-split cutoff leaves " + (n == 0 ? "no training" : "no test")
                + " events; choose a --cutoff inside the data's time range");
        }
        long reference = LeaveOneOutSplitter.latestTime(log, train);
        Interactions matrix = new InteractionsBuilder(weights).build(log, train, reference);
        boolean[] catalogue = new boolean[log.items().size()];
        for (int c : matrix.colArray()) {
            catalogue[c] = true;
        }
        int nUsers = log.users().size();
        int[][] fresh = new int[nUsers][];
        int[] count = new int[nUsers];
        for (int r = 0; r < log.size(); r++) {
            if (log.timeMillis(r) < t) {
                continue;
            }
            int u = log.user(r);
            int i = log.item(r);
            if (matrix.rowLength(u) == 0 || matrix.contains(u, i)) {
                continue;
            }
            if (fresh[u] == null) {
                fresh[u] = new int[4];
            }
            if (indexOf(fresh[u], count[u], i) < 0) {
                if (count[u] == fresh[u].length) {
                    fresh[u] = Arrays.copyOf(fresh[u], count[u] * 2);
                }
                fresh[u][count[u]++] = i;
            }
        }
        int testUsers = 0;
        for (int u = 0; u < nUsers; u++) {
            if (count[u] > 0) {
                testUsers++;
            }
        }
        int[] users = new int[testUsers];
        int[][] targets = new int[testUsers][];
        int k = 0;
        for (int u = 0; u < nUsers; u++) {
            if (count[u] > 0) {
                users[k] = u;
                targets[k++] = Arrays.copyOf(fresh[u], count[u]);
            }
        }
        long[] request = new long[testUsers];
        Arrays.fill(request, t);
        return new Split(log, train, matrix, users, targets, request, reference, catalogue, "time-split");
    }

    /** The event time at the 80% position of all event times sorted: events before it train. */
    static long quantileCut(InteractionLog log) {
        long[] times = new long[log.size()];
        for (int r = 0; r < times.length; r++) {
            times[r] = log.timeMillis(r);
        }
        Arrays.sort(times);
        return times[(int) Math.floor(TRAIN_FRACTION * times.length)];
    }

    private static int indexOf(int[] a, int n, int v) {
        for (int k = 0; k < n; k++) {
            if (a[k] == v) {
                return k;
            }
        }
        return -1;
    }
}
