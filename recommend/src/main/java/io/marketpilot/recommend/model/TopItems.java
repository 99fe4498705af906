package io.marketpilot.recommend.model;

import java.util.function.IntPredicate;

/**
 * Picks the k best-scored items, skipping excluded ones, with a bounded min-heap (O(n log k)). Ties go to the lower
 * index so results are deterministic. NaN scores are never picked.
 */
public final class TopItems {
    private TopItems() {}

    /** Indices of the best {@code k} items by descending score, excluding {@code excluded}. */
    public static int[] of(float[] scores, int k, IntPredicate excluded) {
        int cap = Math.min(k, scores.length);
        int[] heap = new int[Math.max(cap, 0)];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (s != s || excluded.test(i)) {
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
