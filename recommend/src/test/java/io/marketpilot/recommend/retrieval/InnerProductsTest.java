package io.marketpilot.recommend.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector API kernels agree with the scalar fallback within float rounding, at every length and offset. */
class InnerProductsTest {
    private static final InnerProducts VECTOR = InnerProducts.fastest();
    private static final InnerProducts SCALAR = InnerProducts.scalar();

    private static float[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return v;
    }

    /** Rounding grows with length: both sum in float, in different orders. */
    private static double tolerance(int k) {
        return 1e-5 * Math.max(8, k);
    }

    @Test
    void the_build_runs_tests_with_the_vector_module_so_the_fast_path_is_the_one_tested() {
        // root pom: test.argLine has --add-modules jdk.incubator.vector; without it fastest() is the scalar loop
        assertThat(VECTOR.vectorised()).isTrue();
        assertThat(SCALAR.vectorised()).isFalse();
    }

    @Test
    void dot_products_agree_for_lengths_around_the_vector_width_and_unaligned_offsets() {
        for (int k : new int[] {1, 3, 7, 8, 9, 15, 16, 17, 31, 64, 100, 128, 129, 300}) {
            float[] a = random(k + 5, k);
            float[] b = random(k + 3, k + 1000);
            for (int ao : new int[] {0, 1, 5}) {
                for (int bo : new int[] {0, 3}) {
                    assertThat(VECTOR.dot(a, ao, b, bo, k)).as("k=%d ao=%d bo=%d", k, ao, bo)
                        .isCloseTo(SCALAR.dot(a, ao, b, bo, k), within((float) tolerance(k)));
                }
            }
        }
    }

    @Test
    void row_ranges_and_selected_rows_agree_with_one_dot_per_row() {
        for (int k : new int[] {5, 8, 64, 128, 130}) {
            int rows = 37;
            float[] m = random(rows * k, 7 * k);
            float[] q = random(k, 11 * k);
            float[] vector = new float[rows];
            float[] scalar = new float[rows];
            VECTOR.rowRange(m, k, 2, 33, q, vector, 1);
            SCALAR.rowRange(m, k, 2, 33, q, scalar, 1);
            for (int r = 2; r < 33; r++) {
                assertThat(vector[r - 1]).isCloseTo(SCALAR.dot(m, r * k, q, 0, k), within((float) tolerance(k)));
                assertThat(scalar[r - 1]).isCloseTo(SCALAR.dot(m, r * k, q, 0, k), within(0f));
            }
            int[] ids = {36, 0, 5, 5, 17, 3, 29};
            float[] picked = new float[ids.length];
            VECTOR.selectedRows(m, k, ids, q, picked);
            for (int c = 0; c < ids.length; c++) {
                assertThat(picked[c]).isCloseTo(SCALAR.dot(m, ids[c] * k, q, 0, k), within((float) tolerance(k)));
            }
        }
    }
}
