package io.marketpilot.recommend.als;

import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/** A history as one ALS row: distinct items with their confidence − 1, repeated items' weights summed. */
record FoldInRows(int[] items, float[] cm1, int size) {
    static FoldInRows of(UserHistory h, int itemCount, IalsConfig config) {
        int n = h.size();
        long[] keys = new long[n];
        for (int e = 0; e < n; e++) {
            int item = h.items()[e];
            if (item < 0 || item >= itemCount) {
                throw new IllegalArgumentException("history item index " + item + " is outside the model's items 0.."
                    + (itemCount - 1));
            }
            keys[e] = ((long) item << 32) | e;
        }
        Arrays.sort(keys);
        int[] items = new int[n];
        float[] cm1 = new float[n];
        int size = 0;
        for (int e = 0; e < n; ) {
            int item = (int) (keys[e] >>> 32);
            float w = 0;
            for (; e < n && (int) (keys[e] >>> 32) == item; e++) {
                w += h.weights()[(int) keys[e]];
            }
            if (w > 0) {
                items[size] = item;
                cm1[size] = (float) (config.confidenceOf(w) - 1);
                size++;
            }
        }
        return new FoldInRows(items, cm1, size);
    }
}
