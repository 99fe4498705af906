package io.marketpilot.engine.recommend;

import java.util.Arrays;

/**
 * Keeps the k best (index, score) pairs in a min-heap (the root is the worst kept); ties prefer the lower
 * index so results are deterministic.
 */
final class TopK {
    private final int k;
    private final int[] idx;
    private final double[] score;
    private int size;

    TopK(int k) {
        this.k = k;
        this.idx = new int[k];
        this.score = new double[k];
    }

    void clear() {
        size = 0;
    }

    void offer(int i, double s) {
        if (k == 0) {
            return;
        }
        if (size < k) {
            idx[size] = i;
            score[size] = s;
            siftUp(size++);
        } else if (better(s, i, score[0], idx[0])) {
            idx[0] = i;
            score[0] = s;
            siftDown(0);
        }
    }

    private static boolean better(double s1, int i1, double s2, int i2) {
        return s1 > s2 || (s1 == s2 && i1 < i2);
    }

    private void siftUp(int p) {
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            if (!better(score[parent], idx[parent], score[p], idx[p])) {
                return;
            }
            swap(p, parent);
            p = parent;
        }
    }

    private void siftDown(int p) {
        while (true) {
            int l = 2 * p + 1;
            int r = l + 1;
            int worst = p;
            if (l < size && better(score[worst], idx[worst], score[l], idx[l])) {
                worst = l;
            }
            if (r < size && better(score[worst], idx[worst], score[r], idx[r])) {
                worst = r;
            }
            if (worst == p) {
                return;
            }
            swap(p, worst);
            p = worst;
        }
    }

    private void swap(int a, int b) {
        int ti = idx[a];
        idx[a] = idx[b];
        idx[b] = ti;
        double ts = score[a];
        score[a] = score[b];
        score[b] = ts;
    }

    /** Writes the kept pairs best-first into the arrays from {@code at}; returns the next free position. */
    int drainInto(int[] outIdx, float[] outScore, int at) {
        Integer[] order = new Integer[size];
        for (int p = 0; p < size; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> better(score[a], idx[a], score[b], idx[b]) ? -1
                : better(score[b], idx[b], score[a], idx[a]) ? 1 : 0);
        for (int p = 0; p < size; p++) {
            outIdx[at + p] = idx[order[p]];
            outScore[at + p] = (float) score[order[p]];
        }
        int end = at + size;
        size = 0;
        return end;
    }
}
