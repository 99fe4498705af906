package io.marketpilot.recommend.ease;

import java.util.function.DoubleConsumer;

/**
 * EASE's closed form {@code B = I - P · diag(1/diag P)} with the diagonal forced to 0, i.e.
 * {@code B_ij = -P_ij / P_jj}, where {@code P = (XᵀX + λI)⁻¹}. B is invariant to scaling P, which both solvers use:
 * DIRECT works with {@code -P}, WOODBURY with {@code λP}. Rows of B are float arrays so scoring's inner loop
 * ({@code out[j] += w · B[h][j]}) indexes every array alike and vectorises.
 */
final class ClosedForm {
    private static final int TILE = 64;

    private ClosedForm() {}

    /** Operation counts (multiply-adds) of the two solvers, to pick the cheaper. */
    static EaseSolver cheaper(Csr active) {
        double n = active.cols();
        double m = active.rows();
        double nnz = active.idx().length;
        double direct = n * n * n / 2 + active.colGramCost() / 2;
        // the scatter in Y = S·X costs about twice a vectorised multiply-add
        double woodbury = m * m * m / 2 + active.rowGramCost() / 2 + 2 * m * nnz + nnz * n;
        return woodbury < direct ? EaseSolver.WOODBURY : EaseSolver.DIRECT;
    }

    /** Inverts the n × n item Gram matrix. */
    static float[][] direct(Csr x, double lambda, int threads, DoubleConsumer progress) {
        Csr xt = x.transpose();
        double[][] s = Gram.lowerPlusRidge(xt, x, lambda, threads);
        progress.accept(0.1);
        SpdInverse.negatedInverse(s, threads, Parallel.span(progress, 0.1, 0.9));
        int n = s.length;
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = s[i][i];
        }
        float[][] b = new float[n][n];
        int tiles = (n + TILE - 1) / TILE;
        // tile row I owns B[i][j ≤ i] and the mirrored B[j][i], so no two threads write one element
        Parallel.run(tiles, 1, threads, (from, to) -> {
            for (int ti = from; ti < to; ti++) {
                int i0 = ti * TILE;
                int i1 = Math.min(n, i0 + TILE);
                for (int j0 = 0; j0 < i1; j0 += TILE) {
                    for (int i = i0; i < i1; i++) {
                        double[] si = s[i];
                        int j1 = Math.min(j0 + TILE, i + 1);
                        for (int j = j0; j < j1; j++) {
                            double v = si[j];
                            b[i][j] = (float) (-v / diag[j]);
                            b[j][i] = (float) (-v / diag[i]);
                        }
                    }
                }
                for (int i = i0; i < i1; i++) {
                    b[i][i] = 0f;
                }
            }
        });
        progress.accept(1.0);
        return b;
    }

    /**
     * Inverts the m × m user matrix K = λI + XXᵀ instead: {@code λP = I - Xᵀ K⁻¹ X}. With S = -K⁻¹ from the sweep
     * and Y = S·X (m × n), {@code λP = I + Xᵀ Y}; its rows are built one at a time straight into B.
     */
    static float[][] woodbury(Csr x, double lambda, int threads, DoubleConsumer progress) {
        Csr xt = x.transpose();
        double[][] s = Gram.lowerPlusRidge(x, xt, lambda, threads);
        progress.accept(0.05);
        SpdInverse.negatedInverse(s, threads, Parallel.span(progress, 0.05, 0.5));
        int m = s.length;
        int n = x.cols();
        double[][] y = new double[m][];
        // Y rows in blocks: S[v][u] for u > v lives in row u, so a block of v's reads a short run of each row u
        Parallel.run((m + TILE - 1) / TILE, 1, threads, (from, to) -> {
            for (int tv = from; tv < to; tv++) {
                int v0 = tv * TILE;
                int v1 = Math.min(m, v0 + TILE);
                for (int v = v0; v < v1; v++) {
                    y[v] = new double[n];
                }
                for (int u = 0; u < m; u++) {
                    for (int v = v0; v < v1; v++) {
                        double c = u <= v ? s[v][u] : s[u][v];
                        double[] yv = y[v];
                        for (int p = x.start()[u]; p < x.start()[u + 1]; p++) {
                            yv[x.idx()[p]] += c * x.val()[p];
                        }
                    }
                }
            }
        });
        progress.accept(0.75);
        double[] diag = new double[n];
        for (int j = 0; j < n; j++) {
            double d = 1;
            for (int q = xt.start()[j]; q < xt.start()[j + 1]; q++) {
                d += xt.val()[q] * y[xt.idx()[q]][j];
            }
            diag[j] = d;
        }
        float[][] b = new float[n][];
        Parallel.run(n, 32, threads, (from, to) -> {
            double[] row = new double[n];
            for (int i = from; i < to; i++) {
                java.util.Arrays.fill(row, 0.0);
                row[i] = 1;
                for (int q = xt.start()[i]; q < xt.start()[i + 1]; q++) {
                    double c = xt.val()[q];
                    double[] yu = y[xt.idx()[q]];
                    for (int j = 0; j < n; j++) {
                        row[j] += c * yu[j];
                    }
                }
                float[] bi = new float[n];
                for (int j = 0; j < n; j++) {
                    bi[j] = (float) (-row[j] / diag[j]);
                }
                bi[i] = 0f;
                b[i] = bi;
            }
        });
        progress.accept(1.0);
        return b;
    }
}
