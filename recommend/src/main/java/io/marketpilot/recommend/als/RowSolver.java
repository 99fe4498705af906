package io.marketpilot.recommend.als;

/**
 * Solves one row of implicit ALS: {@code (YᵀY + Σ (cᵢ−1) yᵢyᵢᵀ + λI) x = Σ cᵢ yᵢ} over the row's pairs
 * {@code i}, where {@code YᵀY} (the Gram matrix {@code g}) is shared by all rows of a sweep. Holds scratch space
 * for one thread; not thread-safe.
 */
final class RowSolver {
    private final int k;
    private final float[] x;
    private final float[] r;
    private final float[] p;
    private final float[] ap;
    private final PackedRows packed;
    private double[] chol;
    private double[] rhs;

    RowSolver(int k) {
        this.k = k;
        this.x = new float[k];
        this.r = new float[k];
        this.p = new float[k];
        this.ap = new float[k];
        this.packed = new PackedRows(k);
    }

    /**
     * Improves the vector at {@code xs[xo..xo+k)} in place with at most {@code maxSteps} conjugate-gradient steps
     * (Takács et al.), stopping early once the squared residual falls to {@code relTol²} of its start.
     * Pairs are {@code cols[from..to)} with confidence−1 in {@code cm1}; {@code y} holds the other side's factors.
     */
    void conjugateGradient(float[][] g, float[] y, int[] cols, float[] cm1, int from, int to, float lambda,
                           float[] xs, int xo, int maxSteps, double relTol) {
        packed.reset();
        System.arraycopy(xs, xo, x, 0, k);
        // r = b − A x, with b = Σ cᵢ yᵢ folded into the same pass over the pairs
        FactorMath.symmetricTimes(g, x, r, k);
        for (int f = 0; f < k; f++) {
            r[f] = -r[f] - lambda * x[f];
        }
        packed.addWeighted(y, cols, cm1, from, to, x, r, true);
        System.arraycopy(r, 0, p, 0, k);
        double rs = FactorMath.dot(r, 0, r, 0, k);
        double stop = relTol * relTol * rs;
        for (int step = 0; step < maxSteps && rs > stop && rs > 1e-30; step++) {
            FactorMath.symmetricTimes(g, p, ap, k);
            for (int f = 0; f < k; f++) {
                ap[f] += lambda * p[f];
            }
            packed.addWeighted(y, cols, cm1, from, to, p, ap, false);
            double pap = FactorMath.dot(p, 0, ap, 0, k);
            if (!(pap > 0)) {
                break;
            }
            float a = (float) (rs / pap);
            for (int f = 0; f < k; f++) {
                x[f] += a * p[f];
                r[f] -= a * ap[f];
            }
            double next = FactorMath.dot(r, 0, r, 0, k);
            float beta = (float) (next / rs);
            for (int f = 0; f < k; f++) {
                p[f] = r[f] + beta * p[f];
            }
            rs = next;
        }
        System.arraycopy(x, 0, xs, xo, k);
    }

    /** Solves the row exactly (Cholesky in double precision) and writes the vector to {@code xs[xo..xo+k)}. */
    void cholesky(float[][] g, float[] y, int[] cols, float[] cm1, int from, int to, float lambda, float[] xs,
                  int xo) {
        if (chol == null) {
            chol = new double[k * k];
            rhs = new double[k];
        }
        double[] a = chol;
        double[] b = rhs;
        for (int row = 0; row < k; row++) {
            for (int col = 0; col < k; col++) {
                a[row * k + col] = g[row][col];
            }
            a[row * k + row] += lambda;
        }
        java.util.Arrays.fill(b, 0);
        for (int e = from; e < to; e++) {
            int o = cols[e] * k;
            double c1 = cm1[e];
            for (int row = 0; row < k; row++) {
                double s = c1 * y[o + row];
                b[row] += (c1 + 1) * y[o + row];
                int ro = row * k;
                for (int col = 0; col <= row; col++) {
                    a[ro + col] += s * y[o + col];
                }
            }
        }
        Cholesky.solveInPlace(a, b, k);
        for (int f = 0; f < k; f++) {
            xs[xo + f] = (float) b[f];
        }
    }
}
