package io.marketpilot.bench;

import java.util.SplittableRandom;

/**
 * Draws index i with probability {@code weights[i] / Σ weights} in O(1) (Vose's alias method), so the synthetic
 * shop can draw fifteen million Zipf-distributed items in a few seconds.
 */
final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("an alias table needs at least one weight");
        }
        probability = new double[n];
        alias = new int[n];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int s = 0;
        int l = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1) {
                small[s++] = i;
            } else {
                large[l++] = i;
            }
        }
        while (s > 0 && l > 0) {
            int less = small[--s];
            int more = large[--l];
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            if (scaled[more] < 1) {
                small[s++] = more;
            } else {
                large[l++] = more;
            }
        }
        while (l > 0) {
            probability[large[--l]] = 1;
        }
        while (s > 0) {
            probability[small[--s]] = 1; // rounding leftovers
        }
    }

    int next(SplittableRandom random) {
        int i = random.nextInt(probability.length);
        return random.nextDouble() < probability[i] ? i : alias[i];
    }

    /** Weights {@code 1 / rank^exponent} for ranks 1..n: a Zipf law. */
    static double[] zipf(int n, double exponent) {
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            w[r] = 1 / Math.pow(r + 1, exponent);
        }
        return w;
    }
}
