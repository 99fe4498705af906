package io.marketpilot.recommend.rules;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * Baskets cut from the interaction matrix, in CSR form: each user's pairs ordered by time, a new basket whenever
 * the gap to the previous pair exceeds {@code gapMillis} (0: one basket per user). {@link Interactions} keeps only
 * the last time of each (user, item) pair, so an item the user bought in several baskets counts in the latest one
 * only; with real baskets (orders) as input rows this still recovers each order's new items.
 */
record Baskets(int[] start, int[] items) {
    static Baskets of(Interactions data, long gapMillis) {
        int[] start = new int[data.pairs() + 1];
        int[] items = new int[data.pairs()];
        int baskets = 0;
        int at = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) == 0) {
                continue;
            }
            if (gapMillis == 0) {
                for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                    items[at++] = data.col(p);
                }
                start[++baskets] = at;
                continue;
            }
            UserHistory h = data.history(u);
            for (int k = 0; k < h.size(); k++) {
                if (k > 0 && h.times()[k] - h.times()[k - 1] > gapMillis) {
                    start[++baskets] = at;
                }
                items[at++] = h.items()[k];
            }
            start[++baskets] = at;
        }
        return new Baskets(Arrays.copyOf(start, baskets + 1), items);
    }

    int count() {
        return start.length - 1;
    }
}
