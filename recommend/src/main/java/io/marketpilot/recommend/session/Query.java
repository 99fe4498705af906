package io.marketpilot.recommend.session;

import io.marketpilot.recommend.model.UserHistory;

/**
 * The part of a history that drives one recommendation: its last items (oldest first), each with a decay weight,
 * and the items of its last time step (those sharing the newest item's time, e.g. the lines of the last order; just
 * the newest item when all share one time).
 * Items outside the training catalogue are skipped: no session or transition knows them.
 */
record Query(int[] items, double[] weights, double norm, int lastStepFrom) {
    static Query of(UserHistory h, int historyLength, Decay decay, int itemCount) {
        int[] all = h.items();
        int[] picked = new int[Math.min(historyLength, all.length)];
        long[] time = new long[picked.length];
        int n = 0;
        for (int k = all.length - 1; k >= 0 && n < picked.length; k--) {
            if (all[k] >= 0 && all[k] < itemCount) {
                picked[n] = all[k];
                time[n++] = h.times()[k];
            }
        }
        int[] items = new int[n];
        double[] weights = new double[n];
        double sq = 0;
        for (int p = 0; p < n; p++) {
            items[n - 1 - p] = picked[p];
            weights[n - 1 - p] = decay.weight(p, n);
            sq += weights[n - 1 - p] * weights[n - 1 - p];
        }
        int step = Math.min(1, n);
        while (step < n && time[step] == time[0]) {
            step++;
        }
        if (step == n) {
            // one shared time (e.g. UserHistory.anonymous, all zero) says nothing about order: trust the array order
            step = Math.min(1, n);
        }
        return new Query(items, weights, Math.sqrt(sq), n - step);
    }

    int size() {
        return items.length;
    }

    /** Items of the last time step. */
    int[] lastStep() {
        return java.util.Arrays.copyOfRange(items, lastStepFrom, items.length);
    }
}
