package io.marketpilot.recommend.ease;

import java.util.function.DoubleConsumer;

/**
 * Inverts a symmetric positive-definite matrix in place by blocked Gauss-Jordan sweeps. Sweeping every pivot of A
 * leaves -A⁻¹; no pivoting is needed because each pivot block is a Schur complement of an SPD matrix, hence SPD.
 *
 * <p>Rows are separate arrays and only the lower triangle (with the diagonal) is read or written: row {@code i}
 * may be just {@code i + 1} long. Sweeping a block K of {@code b} pivots is a rank-b update of the rest,
 * {@code A_RR -= A_RK · T · A_KR} with {@code T = A_KK⁻¹}: n²b/2 multiply-adds, spread over rows on several
 * threads, with columns tiled so the panel stays in L2. The kernel updates one row from four panel rows per pass
 * with every array indexed alike, which is the shape HotSpot's auto-vectoriser accepts (one flat array indexed
 * at two offsets is not, since it cannot rule out aliasing).
 */
final class SpdInverse {
    /** Pivots per sweep: larger amortises passes over A, smaller keeps the panel tile cache-resident. */
    static final int BLOCK = 64;
    /** Columns per tile: a BLOCK × TILE panel of doubles is 192 KiB, well inside L2. */
    private static final int TILE = 384;
    /** Rows per unit of parallel work; each reuses the panel tile while it is hot. */
    private static final int ROWS = 16;

    private SpdInverse() {}

    /** Replaces the lower triangle of {@code a} by that of {@code -a⁻¹}. */
    static void negatedInverse(double[][] a, int threads, DoubleConsumer progress) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            if (a[i].length <= i) {
                throw new IllegalArgumentException("row " + i + " has " + a[i].length + " entries, needs " + (i + 1));
            }
        }
        double[][] panel = new double[BLOCK][n];
        double[][] coef = new double[n][];
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            sweepBlock(a, k0, Math.min(BLOCK, n - k0), panel, coef, threads);
            progress.accept((double) Math.min(n, k0 + BLOCK) / n);
        }
    }

    private static void sweepBlock(double[][] a, int k0, int b, double[][] panel, double[][] coef, int threads) {
        int n = a.length;
        int k1 = k0 + b;
        double[] t = pivotInverse(a, k0, b);
        // panel row kk is row k0+kk of the symmetric matrix, read from wherever the lower triangle keeps it
        Parallel.run(n, 256, threads, (from, to) -> {
            for (int j = from; j < to; j++) {
                for (int kk = 0; kk < b; kk++) {
                    int k = k0 + kk;
                    panel[kk][j] = j <= k ? a[k][j] : a[j][k];
                }
            }
        });
        // coef row i = A_iK · T (T is symmetric, so its rows serve as columns)
        Parallel.run(n, 256, threads, (from, to) -> {
            for (int i = from; i < to; i++) {
                double[] c = coef[i] == null || coef[i].length != b ? new double[b] : coef[i];
                java.util.Arrays.fill(c, 0.0);
                for (int ll = 0; ll < b; ll++) {
                    double p = panel[ll][i];
                    int tr = ll * b;
                    for (int kk = 0; kk < b; kk++) {
                        c[kk] += p * t[tr + kk];
                    }
                }
                coef[i] = c;
            }
        });
        Parallel.run(n, ROWS, threads, (from, to) -> {
            for (int j0 = 0; j0 < to; j0 += TILE) {
                int j1 = j0 + TILE;
                for (int i = Math.max(from, j0); i < to; i++) {
                    if (i >= k0 && i < k1) {
                        continue;
                    }
                    int end = Math.min(j1, i + 1);
                    // the columns of block K are overwritten below, so skip them
                    update(a[i], j0, Math.min(end, k0), panel, coef[i], b);
                    update(a[i], Math.max(j0, k1), end, panel, coef[i], b);
                }
            }
        });
        for (int i = 0; i < n; i++) {
            if (i >= k0 && i < k1) {
                continue;
            }
            double[] c = coef[i];
            for (int kk = 0; kk < b; kk++) {
                int k = k0 + kk;
                if (i > k) {
                    a[i][k] = c[kk];
                } else {
                    a[k][i] = c[kk];
                }
            }
        }
        for (int r = 0; r < b; r++) {
            for (int c = 0; c <= r; c++) {
                a[k0 + r][k0 + c] = -t[r * b + c];
            }
        }
    }

    /** {@code row[from..to) -= Σ_kk c[kk] · panel[kk][from..to)}. */
    private static void update(double[] row, int from, int to, double[][] panel, double[] c, int b) {
        if (from >= to) {
            return;
        }
        int kk = 0;
        for (; kk + 3 < b; kk += 4) {
            double c0 = c[kk];
            double c1 = c[kk + 1];
            double c2 = c[kk + 2];
            double c3 = c[kk + 3];
            double[] p0 = panel[kk];
            double[] p1 = panel[kk + 1];
            double[] p2 = panel[kk + 2];
            double[] p3 = panel[kk + 3];
            for (int j = from; j < to; j++) {
                row[j] -= c0 * p0[j] + c1 * p1[j] + c2 * p2[j] + c3 * p3[j];
            }
        }
        for (; kk < b; kk++) {
            double c0 = c[kk];
            double[] p0 = panel[kk];
            for (int j = from; j < to; j++) {
                row[j] -= c0 * p0[j];
            }
        }
    }

    /** The inverse of the b × b diagonal block at k0 (full storage, row-major), by unblocked sweeps. */
    private static double[] pivotInverse(double[][] a, int k0, int b) {
        double[] t = new double[b * b];
        for (int r = 0; r < b; r++) {
            for (int c = 0; c <= r; c++) {
                double v = a[k0 + r][k0 + c];
                t[r * b + c] = v;
                t[c * b + r] = v;
            }
        }
        for (int k = 0; k < b; k++) {
            double d = t[k * b + k];
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new IllegalStateException("matrix is not positive definite: pivot " + (k0 + k) + " is " + d);
            }
            double inv = 1 / d;
            for (int i = 0; i < b; i++) {
                double f = t[i * b + k] * inv;
                if (i == k || f == 0) {
                    continue;
                }
                for (int j = 0; j < b; j++) {
                    if (j != k) {
                        t[i * b + j] -= f * t[k * b + j];
                    }
                }
            }
            for (int i = 0; i < b; i++) {
                if (i != k) {
                    t[i * b + k] *= inv;
                    t[k * b + i] *= inv;
                }
            }
            t[k * b + k] = -inv;
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = -t[i];
        }
        return t;
    }
}
