package io.marketpilot.recommend.bpr;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.UserHistory;

/**
 * An order-free 64-bit key of a set of (item, weight) pairs: lets the model tell a user's unchanged training
 * history (use the learned vector) from one with new events (fold in) without storing the training matrix.
 */
final class HistoryKey {
    private HistoryKey() {}

    static long of(UserHistory h) {
        long key = mix(h.size());
        for (int e = 0; e < h.size(); e++) {
            key += pair(h.items()[e], h.weights()[e]);
        }
        return key;
    }

    /** Keys of every row of {@code data}, equal to {@link #of} of {@code data.history(u)}. */
    static long[] ofRows(Interactions data) {
        long[] keys = new long[data.userCount()];
        for (int u = 0; u < keys.length; u++) {
            long key = mix(data.rowLength(u));
            for (int e = data.rowStart(u); e < data.rowEnd(u); e++) {
                key += pair(data.col(e), data.weight(e));
            }
            keys[u] = key;
        }
        return keys;
    }

    private static long pair(int item, float weight) {
        return mix(((long) item << 32) ^ (Float.floatToIntBits(weight) & 0xffffffffL) ^ 0x9E3779B97F4A7C15L);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole key. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
