package io.marketpilot.engine.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Top-k cosine neighbours over weighted co-occurrence, one item at a time with a dense accumulator
 * (no pair hash map): cost is the sum over baskets of their squared size.
 */
final class CoOccurrence {
    final int[] offsets;
    final int[] neighbours;
    final float[] scores;

    CoOccurrence(CoPurchaseTrainer.Baskets baskets, CoPurchaseConfig config) {
        int n = baskets.items().size();
        List<IntBag> collections = new ArrayList<>(baskets.orders.values());
        int orderCount = collections.size();
        collections.addAll(baskets.users.values());
        double[] weightOf = new double[collections.size()];
        Arrays.fill(weightOf, 0, orderCount, 1.0);
        Arrays.fill(weightOf, orderCount, collections.size(), config.sameUserWeight());

        int[][] postings = postings(collections, n);
        double[] occurrence = new double[n];
        for (int c = 0; c < collections.size(); c++) {
            IntBag bag = collections.get(c);
            for (int k = 0; k < bag.size; k++) {
                occurrence[bag.values[k]] += weightOf[c];
            }
        }
        double[] weight = new double[n];
        int[] count = new int[n];
        int[] touched = new int[n];
        int k = config.neighbours();
        int[] offs = new int[n + 1];
        int[] nbr = new int[n * Math.min(k, Math.max(n - 1, 0))];
        float[] sc = new float[nbr.length];
        int written = 0;
        TopK top = new TopK(k);
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            for (int c : postings[i]) {
                IntBag bag = collections.get(c);
                for (int p = 0; p < bag.size; p++) {
                    int j = bag.values[p];
                    if (j == i) {
                        continue;
                    }
                    if (count[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    weight[j] += weightOf[c];
                    count[j]++;
                }
            }
            top.clear();
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                double cosine = weight[j] / Math.sqrt(occurrence[i] * occurrence[j]);
                double damped = cosine * count[j] / (count[j] + config.shrinkage());
                top.offer(j, damped);
                weight[j] = 0;
                count[j] = 0;
            }
            offs[i] = written;
            written = top.drainInto(nbr, sc, written);
        }
        offs[n] = written;
        this.offsets = offs;
        this.neighbours = Arrays.copyOf(nbr, written);
        this.scores = Arrays.copyOf(sc, written);
    }

    private static int[][] postings(List<IntBag> collections, int n) {
        int[] sizes = new int[n];
        for (IntBag bag : collections) {
            for (int k = 0; k < bag.size; k++) {
                sizes[bag.values[k]]++;
            }
        }
        int[][] postings = new int[n][];
        for (int i = 0; i < n; i++) {
            postings[i] = new int[sizes[i]];
        }
        int[] fill = new int[n];
        for (int c = 0; c < collections.size(); c++) {
            IntBag bag = collections.get(c);
            for (int k = 0; k < bag.size; k++) {
                int i = bag.values[k];
                postings[i][fill[i]++] = c;
            }
        }
        return postings;
    }
}
