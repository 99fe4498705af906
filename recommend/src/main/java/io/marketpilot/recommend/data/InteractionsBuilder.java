package io.marketpilot.recommend.data;

import java.util.Arrays;

/**
 * Collapses events to (user, item) pairs: each pair's weight is the sum of its events' weights
 * ({@link EventWeights}), decayed by age when a half-life is set, and its time is the LAST time it occurred
 * (ties keep log order). Events whose weight is 0 are ignored; a pair whose weight sums to 0 is dropped.
 */
public final class InteractionsBuilder {
    private final EventWeights weights;

    public InteractionsBuilder(EventWeights weights) {
        this.weights = weights;
    }

    /** All rows of the log. Reference time for decay: the log's latest time. */
    public Interactions build(InteractionLog log) {
        int[] all = new int[log.size()];
        for (int r = 0; r < all.length; r++) {
            all[r] = r;
        }
        return build(log, all, latest(log));
    }

    /** The given rows of the log (ascending), decayed relative to {@code referenceMillis}. */
    public Interactions build(InteractionLog log, int[] rows, long referenceMillis) {
        float[] typeWeight = new float[log.types().size()];
        for (int t = 0; t < typeWeight.length; t++) {
            typeWeight[t] = weights.weightOf(log.types().get(t));
        }
        double halfLifeMs = weights.halfLife().map(d -> (double) d.toMillis()).orElse(0.0);
        int nUsers = log.users().size();
        // counting sort rows by user, stable, so per-user order stays log order
        int[] start = new int[nUsers + 1];
        int kept = 0;
        for (int r : rows) {
            if (typeWeight[typeIndex(log, r)] > 0) {
                start[log.user(r) + 1]++;
                kept++;
            }
        }
        for (int u = 0; u < nUsers; u++) {
            start[u + 1] += start[u];
        }
        int[] byUser = new int[kept];
        int[] fill = Arrays.copyOf(start, nUsers);
        for (int r : rows) {
            if (typeWeight[typeIndex(log, r)] > 0) {
                byUser[fill[log.user(r)]++] = r;
            }
        }
        int[] rowStart = new int[nUsers + 1];
        int[] cols = new int[kept];
        float[] w = new float[kept];
        long[] last = new long[kept];
        int out = 0;
        long[] keys = new long[0];
        for (int u = 0; u < nUsers; u++) {
            rowStart[u] = out;
            int s = start[u];
            int len = start[u + 1] - s;
            if (len == 0) {
                continue;
            }
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            // sort this user's events by (item, position in log) so equal items are adjacent in log order
            for (int k = 0; k < len; k++) {
                keys[k] = ((long) log.item(byUser[s + k]) << 32) | k;
            }
            Arrays.sort(keys, 0, len);
            int k = 0;
            while (k < len) {
                int item = (int) (keys[k] >>> 32);
                double sum = 0;
                long lastT = Long.MIN_VALUE;
                while (k < len && (int) (keys[k] >>> 32) == item) {
                    int r = byUser[s + (int) keys[k]];
                    double ew = typeWeight[typeIndex(log, r)];
                    if (weights.useValue()) {
                        ew *= log.value(r);
                    }
                    if (halfLifeMs > 0) {
                        double age = Math.max(0, referenceMillis - log.timeMillis(r));
                        ew *= Math.pow(0.5, age / halfLifeMs);
                    }
                    sum += ew;
                    lastT = Math.max(lastT, log.timeMillis(r));
                    k++;
                }
                if (sum > 0) {
                    cols[out] = item;
                    w[out] = (float) sum;
                    last[out] = lastT;
                    out++;
                }
            }
        }
        rowStart[nUsers] = out;
        return new Interactions(log.users(), log.items(), rowStart, Arrays.copyOf(cols, out), Arrays.copyOf(w, out),
            Arrays.copyOf(last, out));
    }

    private static int typeIndex(InteractionLog log, int r) {
        return log.typeCode(r);
    }

    static long latest(InteractionLog log) {
        long max = Long.MIN_VALUE;
        for (int r = 0; r < log.size(); r++) {
            max = Math.max(max, log.timeMillis(r));
        }
        return max;
    }
}
