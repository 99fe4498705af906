package io.marketpilot.recommend.model;

import java.util.function.IntPredicate;

/**
 * Picks the k best-scored items, skipping excluded ones, with a bounded min-heap (O(n log k)); without exclusions
 * and for k well below n, by the k-th largest score (quickselect, O(n)) and a sort of the k. Ties go to the lower
 * index so results are deterministic. NaN scores are never picked.
 */
public final class TopItems {
    private TopItems() {}

    /** Indices of the best {@code k} items by descending score, excluding {@code excluded}. */
    public static int[] of(float[] scores, int k, IntPredicate excluded) {
        return select(scores, k, excluded);
    }

    /**
     * Indices of the best {@code k} of all items by descending score: the same as with a predicate excluding
     * nothing, without a call per item (which costs more than the heap when the predicate is megamorphic).
     */
    public static int[] of(float[] scores, int k) {
        return k > 0 && scores.length > 8L * k ? byThreshold(scores, k) : select(scores, k, null);
    }

    /** The k-th largest score found by quickselect; the k best are those above it, then ties by lower index. */
    private static int[] byThreshold(float[] scores, int k) {
        float[] values = new float[scores.length];
        int m = 0;
        for (float s : scores) {
            if (s == s) {
                values[m++] = s;
            }
        }
        if (m <= k) {
            return select(scores, k, null);
        }
        float threshold = kthLargest(values, m, k);
        long[] keyed = new long[k];
        int n = 0;
        for (int i = 0; i < scores.length && n < k; i++) {
            if (scores[i] > threshold) {
                keyed[n++] = key(scores[i], i);
            }
        }
        for (int i = 0; i < scores.length && n < k; i++) {
            if (scores[i] == threshold) {
                keyed[n++] = key(scores[i], i);
            }
        }
        java.util.Arrays.sort(keyed, 0, n);
        int[] out = new int[n];
        for (int r = 0; r < n; r++) {
            out[r] = (int) keyed[r];
        }
        return out;
    }

    /** Sorts ascending as (score descending, index ascending); -0 and 0 are one score, as {@code ==} has it. */
    private static long key(float score, int index) {
        int b = Float.floatToIntBits(score + 0f);
        int sortable = b ^ ((b >> 31) & 0x7fffffff);
        return ((long) ~sortable << 32) | index;
    }

    /** The k-th largest of {@code v[0..m)} (1-based k ≤ m); reorders {@code v}. */
    private static float kthLargest(float[] v, int m, int k) {
        int lo = 0;
        int hi = m - 1;
        int target = k - 1;
        while (lo < hi) {
            float pivot = median(v[lo], v[lo + (hi - lo) / 2], v[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] > pivot) {
                    i++;
                }
                while (v[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = v[i];
                    v[i++] = v[j];
                    v[j--] = t;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return v[target];
            }
        }
        return v[target];
    }

    private static float median(float a, float b, float c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static int[] select(float[] scores, int k, IntPredicate excluded) {
        int cap = Math.min(k, scores.length);
        int[] heap = new int[Math.max(cap, 0)];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (s != s || excluded != null && excluded.test(i)) {
                continue;
            }
            if (size < cap) {
                heap[size] = i;
                up(heap, scores, size++);
            } else if (cap > 0 && better(scores, i, heap[0])) {
                heap[0] = i;
                down(heap, scores, 0, size);
            }
        }
        int[] out = new int[size];
        for (int n = size; n > 0; n--) {
            out[n - 1] = heap[0];
            heap[0] = heap[n - 1];
            down(heap, scores, 0, n - 1);
        }
        return out;
    }

    private static boolean better(float[] s, int a, int b) {
        return s[a] > s[b] || (s[a] == s[b] && a < b);
    }

    private static void up(int[] h, float[] s, int p) {
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            if (!better(s, h[parent], h[p])) {
                return;
            }
            int t = h[p];
            h[p] = h[parent];
            h[parent] = t;
            p = parent;
        }
    }

    private static void down(int[] h, float[] s, int p, int size) {
        while (true) {
            int l = 2 * p + 1;
            int r = l + 1;
            int worst = p;
            if (l < size && better(s, h[worst], h[l])) {
                worst = l;
            }
            if (r < size && better(s, h[worst], h[r])) {
                worst = r;
            }
            if (worst == p) {
                return;
            }
            int t = h[p];
            h[p] = h[worst];
            h[worst] = t;
            p = worst;
        }
    }
}
