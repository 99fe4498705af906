package io.marketpilot.recommend.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpdInverseTest {
    /** Lower triangle of XᵀX + λI for a random dense X: symmetric positive definite. */
    private static double[][] randomSpd(int n, long seed, double lambda) {
        Random r = new Random(seed);
        double[][] x = new double[n + 3][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = r.nextDouble() < 0.3 ? r.nextGaussian() : 0;
            }
        }
        double[][] g = new double[n][];
        for (int i = 0; i < n; i++) {
            g[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (double[] row : x) {
                    s += row[i] * row[j];
                }
                g[i][j] = s + (i == j ? lambda : 0);
            }
        }
        return g;
    }

    private static double at(double[][] lower, int i, int j) {
        return j <= i ? lower[i][j] : lower[j][i];
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Test
    void sweepsLeaveTheNegatedInverseAcrossBlockBoundaries() {
        for (int n : new int[] {1, 2, 63, 64, 65, 130}) {
            double[][] g = randomSpd(n, n, 0.5);
            double[][] s = copy(g);
            SpdInverse.negatedInverse(s, 2, f -> { });
            double worst = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        sum -= at(g, i, k) * at(s, k, j);
                    }
                    worst = Math.max(worst, Math.abs(sum - (i == j ? 1 : 0)));
                }
            }
            assertThat(worst).as("n = %d", n).isLessThan(1e-9);
        }
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        double[][] g = randomSpd(150, 3, 1);
        double[][] one = copy(g);
        double[][] two = copy(g);
        SpdInverse.negatedInverse(one, 1, f -> { });
        SpdInverse.negatedInverse(two, 2, f -> { });
        for (int i = 0; i < g.length; i++) {
            assertThat(two[i]).containsExactly(one[i]);
        }
    }

    @Test
    void reportsProgressUpToOne() {
        List<Double> seen = new ArrayList<>();
        SpdInverse.negatedInverse(randomSpd(140, 1, 1), 2, seen::add);
        assertThat(seen).hasSize(3).isSorted();
        assertThat(seen.get(2)).isEqualTo(1.0);
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        double[][] indefinite = {{1}, {2, 1}};
        assertThatThrownBy(() -> SpdInverse.negatedInverse(indefinite, 1, f -> { }))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> SpdInverse.negatedInverse(new double[][] {{1}, {2}}, 1, f -> { }))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }
}
