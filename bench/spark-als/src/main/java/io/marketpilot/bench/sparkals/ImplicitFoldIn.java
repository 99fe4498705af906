package io.marketpilot.bench.sparkals;

import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * The user half-step of Spark's implicit ALS, for a history Spark never saw: with item factors Y, confidence-minus-one
 * {@code c1 = alpha·|r|} and preference 1 for {@code r > 0}, solve
 * {@code (YᵀY + Σ c1·y·yᵀ + regParam·n·I) x = Σ (1 + c1)·y} where n counts items with {@code r > 0} (Spark scales
 * the regularisation by that count, as in ALS-WR). For a training user this reproduces Spark's own user factor,
 * because Spark's last half-step computes users from the final item factors.
 */
final class ImplicitFoldIn {
    private ImplicitFoldIn() {}

    /** {@code YᵀY} of row-major {@code factors} (rows × rank), full symmetric, in double like Spark's sums. */
    static double[] gram(float[] factors, int rank) {
        double[] g = new double[rank * rank];
        for (int row = 0; row < factors.length / rank; row++) {
            addOuter(g, factors, row * rank, rank, 1.0);
        }
        return g;
    }

    static float[] userVector(float[] itemFactors, int rank, double[] gram, double regParam, double alpha,
                              UserHistory history) {
        int[] items = history.items().clone();
        float[] weights = history.weights().clone();
        int n = mergeDuplicates(items, weights, itemFactors.length / rank);
        double[] a = gram.clone();
        double[] b = new double[rank];
        int positives = 0;
        for (int k = 0; k < n; k++) {
            double r = weights[k];
            double c1 = alpha * Math.abs(r);
            int off = items[k] * rank;
            addOuter(a, itemFactors, off, rank, c1);
            if (r > 0) {
                positives++;
                for (int d = 0; d < rank; d++) {
                    b[d] += (1 + c1) * itemFactors[off + d];
                }
            }
        }
        if (positives == 0) {
            return new float[rank];
        }
        for (int d = 0; d < rank; d++) {
            a[d * rank + d] += regParam * positives;
        }
        double[] x = Cholesky.solve(a, b, rank);
        float[] out = new float[rank];
        for (int d = 0; d < rank; d++) {
            out[d] = (float) x[d];
        }
        return out;
    }

    /**
     * Sorts the pairs by item and sums the weights of repeated items (a live history may list an item twice; Spark
     * saw each pair once with its summed weight). Returns the number of distinct items, now at the front.
     */
    private static int mergeDuplicates(int[] items, float[] weights, int itemCount) {
        long[] keyed = new long[items.length];
        for (int k = 0; k < items.length; k++) {
            if (items[k] < 0 || items[k] >= itemCount) {
                throw new IllegalArgumentException("history item " + items[k] + " is outside the model's "
                    + itemCount + " items");
            }
            keyed[k] = ((long) items[k] << 32) | k;
        }
        Arrays.sort(keyed);
        float[] w = weights.clone();
        int n = 0;
        for (int k = 0; k < keyed.length; k++) {
            int item = (int) (keyed[k] >>> 32);
            float weight = w[(int) keyed[k]];
            if (n > 0 && items[n - 1] == item) {
                weights[n - 1] += weight;
            } else {
                items[n] = item;
                weights[n] = weight;
                n++;
            }
        }
        return n;
    }

    private static void addOuter(double[] m, float[] v, int off, int rank, double scale) {
        if (scale == 0) {
            return;
        }
        for (int i = 0; i < rank; i++) {
            double vi = scale * v[off + i];
            int row = i * rank;
            for (int j = 0; j < rank; j++) {
                m[row + j] += vi * v[off + j];
            }
        }
    }
}
