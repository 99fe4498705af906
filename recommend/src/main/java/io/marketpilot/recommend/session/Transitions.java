package io.marketpilot.recommend.session;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * First-order item transitions: for each item i, the items that came next and their probability, at most
 * {@link #MAX_PER_ITEM} per item, best first. Rows: {@code item/prob[start[i] .. start[i + 1])}.
 */
record Transitions(int[] start, int[] item, float[] prob) {
    static final int MAX_PER_ITEM = 100;

    /**
     * Counts steps in each user's time-ordered history. Pairs with the same time have no order between them (e.g.
     * the lines of one order), so a step goes from every item of one time group to every item of the next, each
     * target weighing 1 / (size of the next group) so that every step hands on one unit per source item.
     */
    static Transitions of(Interactions data) {
        int n = data.itemCount();
        Triples t = new Triples();
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) < 2) {
                continue;
            }
            UserHistory h = data.history(u);
            long[] time = h.times();
            int from = 0;
            while (from < h.size()) {
                int mid = groupEnd(time, from);
                if (mid == h.size()) {
                    break;
                }
                int to = groupEnd(time, mid);
                float w = 1f / (to - mid);
                for (int a = from; a < mid; a++) {
                    for (int b = mid; b < to; b++) {
                        t.add(h.items()[a], h.items()[b], w);
                    }
                }
                from = mid;
            }
        }
        return t.normalised(n);
    }

    private static int groupEnd(long[] time, int from) {
        int k = from + 1;
        while (k < time.length && time[k] == time[from]) {
            k++;
        }
        return k;
    }

    int size() {
        return item.length;
    }

    /** Unaggregated (from, to, weight) steps. */
    private static final class Triples {
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private float[] w = new float[1024];
        private int size;

        void add(int a, int b, float weight) {
            if (size == from.length) {
                int cap = size * 2;
                from = Arrays.copyOf(from, cap);
                to = Arrays.copyOf(to, cap);
                w = Arrays.copyOf(w, cap);
            }
            from[size] = a;
            to[size] = b;
            w[size] = weight;
            size++;
        }

        /** Sums steps per (from, to), keeps each row's best {@link #MAX_PER_ITEM}, divides by the row total. */
        Transitions normalised(int n) {
            int[] rowStart = new int[n + 1];
            for (int k = 0; k < size; k++) {
                rowStart[from[k] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                rowStart[i + 1] += rowStart[i];
            }
            int[] byRow = new int[size];
            int[] fill = Arrays.copyOf(rowStart, n);
            for (int k = 0; k < size; k++) {
                byRow[fill[from[k]]++] = k;
            }
            float[] acc = new float[n];
            int[] touched = new int[n];
            int[] start = new int[n + 1];
            int[] outItem = new int[Math.min(size, n * MAX_PER_ITEM)];
            float[] outProb = new float[outItem.length];
            int at = 0;
            for (int i = 0; i < n; i++) {
                int distinct = 0;
                double total = 0;
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    int k = byRow[p];
                    if (acc[to[k]] == 0) {
                        touched[distinct++] = to[k];
                    }
                    acc[to[k]] += w[k];
                    total += w[k];
                }
                Integer[] best = new Integer[distinct];
                for (int d = 0; d < distinct; d++) {
                    best[d] = touched[d];
                }
                Arrays.sort(best, (a, b) -> acc[a] != acc[b] ? Float.compare(acc[b], acc[a]) : Integer.compare(a, b));
                int keep = Math.min(distinct, MAX_PER_ITEM);
                for (int d = 0; d < keep; d++) {
                    outItem[at] = best[d];
                    outProb[at++] = (float) (acc[best[d]] / total);
                }
                for (int d = 0; d < distinct; d++) {
                    acc[touched[d]] = 0;
                }
                start[i + 1] = at;
            }
            return new Transitions(start, Arrays.copyOf(outItem, at), Arrays.copyOf(outProb, at));
        }
    }
}
