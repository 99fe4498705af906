package io.marketpilot.recommend.knn;

import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * A history collapsed the way training collapses events into pairs: each known item once, with weight 1 (binary)
 * or the sum of its weights, times its {@link HistoryDecay} (binary: the decay of its latest position; weighted: per
 * position). Items outside the model's catalogue (newer than the model) are dropped: they carry no signal for it.
 */
record DistinctHistory(int[] items, float[] weights) {
    static DistinctHistory of(UserHistory history, int itemCount, boolean weighted) {
        return of(history, itemCount, weighted, HistoryDecay.NONE);
    }

    static DistinctHistory of(UserHistory history, int itemCount, boolean weighted, HistoryDecay decay) {
        float[] recency = decay.isNone() ? null : decay.weights(history);
        long[] keyed = new long[history.size()];
        int k = 0;
        for (int p = 0; p < history.size(); p++) {
            int item = history.items()[p];
            if (item >= 0 && item < itemCount) {
                keyed[k++] = ((long) item << 32) | p;
            }
        }
        Arrays.sort(keyed, 0, k);
        int[] items = new int[k];
        float[] weights = new float[k];
        int d = 0;
        for (int s = 0; s < k; ) {
            int item = (int) (keyed[s] >>> 32);
            float sum = 0;
            float latest = 0;
            for (; s < k && (int) (keyed[s] >>> 32) == item; s++) {
                int p = (int) keyed[s];
                float r = recency == null ? 1f : recency[p];
                sum += history.weights()[p] * r;
                latest = Math.max(latest, r);
            }
            items[d] = item;
            weights[d++] = weighted ? sum : latest;
        }
        return new DistinctHistory(Arrays.copyOf(items, d), Arrays.copyOf(weights, d));
    }

    int size() {
        return items.length;
    }
}
