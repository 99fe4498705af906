package io.marketpilot.recommend.knn;

/**
 * Dunning's log-likelihood ratio (G² statistic) of a 2 × 2 contingency table over a fixed population, written from
 * its definition {@code G² = 2 Σ O ln(O / E)} with E from the margins:
 * {@code 2 (Σ_cells x ln x - Σ_rows r ln r - Σ_cols c ln c + N ln N)}. Every count is an integer in [0, N], so
 * x ln x comes from a table.
 */
final class Llr {
    private final int users;
    private final double[] xlnx;

    Llr(int users) {
        this.users = users;
        this.xlnx = new double[users + 1];
        for (int x = 1; x <= users; x++) {
            xlnx[x] = x * Math.log(x);
        }
    }

    /**
     * G² of items i and j, where {@code co} users have both, {@code ni} have i and {@code nj} have j; 0 unless they
     * co-occur more often than independence predicts (G² alone is as high for avoidance).
     */
    double positive(int co, int ni, int nj) {
        if ((long) co * users <= (long) ni * nj) {
            return 0;
        }
        double cells = xlnx[co] + xlnx[ni - co] + xlnx[nj - co] + xlnx[users - ni - nj + co];
        double rows = xlnx[ni] + xlnx[users - ni];
        double cols = xlnx[nj] + xlnx[users - nj];
        return Math.max(0, 2 * (cells - rows - cols + xlnx[users]));
    }
}
