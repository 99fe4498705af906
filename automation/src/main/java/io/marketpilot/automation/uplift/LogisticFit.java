package io.marketpilot.automation.uplift;

/**
 * Ridge-penalised logistic regression by Newton's method (IRLS) on standardised features with an intercept:
 * deterministic, and with a dozen features a handful of iterations over the rows converge.
 */
final class LogisticFit {
    private LogisticFit() {}

    /** Weights (intercept first) for rows {@code x} (standardised) selected by {@code use}, labels {@code y}. */
    static double[] fit(double[][] x, boolean[] y, boolean[] use, boolean selected, double l2, int maxIterations) {
        int d = x[0].length + 1;
        double[] w = new double[d];
        for (int iter = 0; iter < maxIterations; iter++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                if (use[i] != selected) {
                    continue;
                }
                double p = sigmoid(dot(w, x[i]));
                double r = (y[i] ? 1 : 0) - p;
                double s = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    double xa = a == 0 ? 1 : x[i][a - 1];
                    grad[a] += r * xa;
                    for (int b = 0; b <= a; b++) {
                        hess[a][b] += s * xa * (b == 0 ? 1 : x[i][b - 1]);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[b][a] = hess[a][b];
                }
                if (a > 0) {
                    grad[a] -= l2 * w[a];
                    hess[a][a] += l2;
                }
                hess[a][a] += 1e-9;
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] += step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    static double dot(double[] w, double[] x) {
        double z = w[0];
        for (int a = 0; a < x.length; a++) {
            z += w[a + 1] * x[a];
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting (the Hessian is small and positive definite). */
    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        double[] b = v.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tr = a[c];
            a[c] = a[pivot];
            a[pivot] = tr;
            double tb = b[c];
            b[c] = b[pivot];
            b[pivot] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                b[r] -= f * b[c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * out[k];
            }
            out[r] = s / a[r][r];
        }
        return out;
    }
}
