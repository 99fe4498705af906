package io.marketpilot.recommend.knn;

/**
 * Collects (positive score, index) candidates and returns the k best: higher score first, equal scores to the lower
 * index, so results never depend on the order candidates came in. Candidates are packed into one long each (the
 * bits of a positive float order like the float) and the k best are found by quickselect, then sorted: linear on
 * average. A bounded heap was the first version; candidates that arrive in rising score order, common when items
 * are offered by index and similarity grows as popularity falls, made it re-sift on almost every offer. Reusable.
 */
final class TopK {
    private final int k;
    private long[] keys;
    private int size;

    TopK(int k, int expected) {
        this.k = k;
        this.keys = new long[Math.max(16, expected)];
    }

    void clear() {
        size = 0;
    }

    /** The number of results {@link #drainTo} will give. */
    int size() {
        return Math.min(k, size);
    }

    /** Offers a candidate; scores that are not positive and finite are ignored. */
    void offer(float score, int index) {
        if (!(score > 0 && score < Float.POSITIVE_INFINITY)) {
            return;
        }
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = ((long) Float.floatToIntBits(score) << 32) | (Integer.MAX_VALUE - index);
    }

    /** Writes the best {@link #size()} candidates, best first, and clears. */
    void drainTo(int[] items, float[] scores) {
        int take = size();
        int from = size - take;
        if (from > 0) {
            select(keys, 0, size - 1, from);
        }
        java.util.Arrays.sort(keys, from, size);
        for (int r = 0; r < take; r++) {
            long key = keys[size - 1 - r];
            items[r] = Integer.MAX_VALUE - (int) key;
            scores[r] = Float.intBitsToFloat((int) (key >>> 32));
        }
        size = 0;
    }

    /** Rearranges {@code a[lo..hi]} so that position {@code nth} holds its sorted value, smaller ones before it. */
    private static void select(long[] a, int lo, int hi, int nth) {
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three as the pivot keeps sorted runs from degrading to quadratic time
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            long pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (nth <= j) {
                hi = j;
            } else if (nth >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
