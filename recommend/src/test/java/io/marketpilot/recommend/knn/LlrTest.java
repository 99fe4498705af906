package io.marketpilot.recommend.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LlrTest {
    /** G² = 2 Σ O ln(O/E) with E = row · col / N, cell by cell: the textbook form. */
    private static double gSquared(double k11, double k12, double k21, double k22) {
        double n = k11 + k12 + k21 + k22;
        double[][] o = {{k11, k12}, {k21, k22}};
        double[] row = {k11 + k12, k21 + k22};
        double[] col = {k11 + k21, k12 + k22};
        double g = 0;
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                if (o[r][c] > 0) {
                    g += o[r][c] * Math.log(o[r][c] / (row[r] * col[c] / n));
                }
            }
        }
        return 2 * g;
    }

    @Test
    void matchesTheTextbookStatisticForPositiveAssociation() {
        Llr llr = new Llr(1000);
        // 30 users have both, 100 have i, 50 have j, of 1000
        assertThat(llr.positive(30, 100, 50)).isCloseTo(gSquared(30, 70, 20, 880), within(1e-9));
        assertThat(llr.positive(1, 1, 1)).isCloseTo(gSquared(1, 0, 0, 999), within(1e-9));
    }

    @Test
    void isZeroWhenItemsCoOccurNoMoreThanChance() {
        Llr llr = new Llr(1000);
        assertThat(llr.positive(5, 100, 50)).isZero();
        assertThat(llr.positive(0, 100, 50)).isZero();
        assertThat(gSquared(0, 100, 50, 850)).isPositive();
    }
}
