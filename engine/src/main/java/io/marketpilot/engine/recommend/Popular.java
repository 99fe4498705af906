package io.marketpilot.engine.recommend;

import java.util.List;
import java.util.Map;

/** The most bought and carted items of the recent window, scores normalised to the best one. */
record Popular(int[] items, float[] scores) {

    static Popular top(Map<Integer, Double> counts, List<String> names, int limit) {
        TopK top = new TopK(limit);
        counts.forEach(top::offer);
        int[] idx = new int[Math.min(limit, counts.size())];
        float[] sc = new float[idx.length];
        int n = top.drainInto(idx, sc, 0);
        float best = n == 0 ? 1f : sc[0];
        for (int p = 0; p < n; p++) {
            sc[p] = sc[p] / best;
        }
        return new Popular(idx, sc);
    }
}
