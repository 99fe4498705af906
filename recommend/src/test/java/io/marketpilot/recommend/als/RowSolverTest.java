package io.marketpilot.recommend.als;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowSolverTest {
    private static final int K = 6;
    private static final int ITEMS = 3000;
    private final SplittableRandom random = new SplittableRandom(5);
    private final float[] y = gaussian(ITEMS * K, 0.3);

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 40, PackedRows.CHUNK + 500})
    void conjugate_gradient_run_to_convergence_matches_cholesky(int pairs) {
        int[] cols = new int[pairs];
        float[] cm1 = new float[pairs];
        for (int e = 0; e < pairs; e++) {
            cols[e] = e * (ITEMS / pairs);
            cm1[e] = 1 + random.nextInt(10);
        }
        float[][] gram;
        try (RowParallel one = new RowParallel(1)) {
            gram = FactorMath.gram(y, ITEMS, K, one);
        }
        float[] viaCg = gaussian(K, 1);
        float[] exact = new float[K];
        RowSolver solver = new RowSolver(K);

        solver.conjugateGradient(gram, y, cols, cm1, 0, pairs, 0.5f, viaCg, 0, 50, 1e-7);
        solver.cholesky(gram, y, cols, cm1, 0, pairs, 0.5f, exact, 0);

        for (int f = 0; f < K; f++) {
            assertThat(viaCg[f]).as("factor %d", f).isCloseTo(exact[f], org.assertj.core.data.Offset.offset(
                1e-3f * (1 + Math.abs(exact[f]))));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void packed_products_equal_the_plain_sum_over_pairs_also_across_chunks(boolean residual) {
        int pairs = 2 * PackedRows.CHUNK + 300;
        int[] cols = new int[pairs];
        float[] cm1 = new float[pairs];
        for (int e = 0; e < pairs; e++) {
            cols[e] = random.nextInt(ITEMS);
            cm1[e] = random.nextInt(5);
        }
        float[] v = gaussian(K, 1);
        for (int repeat = 0; repeat < 2; repeat++) {
            float[] out = new float[K];
            new PackedRows(K).addWeighted(y, cols, cm1, 0, pairs, v, out, residual);

            double[] plain = new double[K];
            for (int e = 0; e < pairs; e++) {
                double t = 0;
                for (int f = 0; f < K; f++) {
                    t += (double) y[cols[e] * K + f] * v[f];
                }
                double w = residual ? cm1[e] + 1 - cm1[e] * t : cm1[e] * t;
                for (int f = 0; f < K; f++) {
                    plain[f] += w * y[cols[e] * K + f];
                }
            }
            for (int f = 0; f < K; f++) {
                assertThat((double) out[f]).isCloseTo(plain[f], org.assertj.core.data.Offset.offset(1e-3));
            }
        }
    }

    @Test
    void the_gram_matrix_is_the_same_whatever_the_thread_count_and_matches_a_plain_sum() {
        float[][] one;
        float[][] three;
        try (RowParallel p1 = new RowParallel(1); RowParallel p3 = new RowParallel(3)) {
            one = FactorMath.gram(y, ITEMS, K, p1);
            three = FactorMath.gram(y, ITEMS, K, p3);
        }
        for (int a = 0; a < K; a++) {
            assertThat(three[a]).containsExactly(one[a]);
            for (int b = 0; b < K; b++) {
                double plain = 0;
                for (int i = 0; i < ITEMS; i++) {
                    plain += (double) y[i * K + a] * y[i * K + b];
                }
                assertThat((double) one[a][b]).isCloseTo(plain, org.assertj.core.data.Offset.offset(1e-3));
            }
        }
    }

    private float[] gaussian(int n, double scale) {
        float[] a = new float[n];
        for (int e = 0; e < n; e++) {
            a[e] = (float) (random.nextGaussian() * scale);
        }
        return a;
    }
}
