package io.marketpilot.features.clv;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * The Nelder-Mead simplex minimiser (reflection 1, expansion 2, contraction ½, shrink ½). Deterministic: the simplex
 * starts at {@code start} plus {@code step} along each axis. Non-finite values count as +∞ (outside the domain).
 */
final class NelderMead {
    record Result(double[] point, double value, int iterations, boolean converged) {}

    private NelderMead() {}

    static Result minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxIterations, double tolerance) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += step;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = eval(f, simplex[i]);
        }
        int it = 0;
        for (; it < maxIterations; it++) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (p, q) -> Double.compare(values[p], values[q]));
            double[][] s = new double[n + 1][];
            double[] v = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s[i] = simplex[order[i]];
                v[i] = values[order[i]];
            }
            System.arraycopy(s, 0, simplex, 0, n + 1);
            System.arraycopy(v, 0, values, 0, n + 1);
            if (Math.abs(values[n] - values[0]) <= tolerance * (Math.abs(values[0]) + tolerance)) {
                return new Result(simplex[0], values[0], it, true);
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = towards(centroid, simplex[n], -1);
            double fr = eval(f, reflected);
            if (fr < values[0]) {
                double[] expanded = towards(centroid, simplex[n], -2);
                double fe = eval(f, expanded);
                replaceWorst(simplex, values, fe < fr ? expanded : reflected, Math.min(fe, fr));
            } else if (fr < values[n - 1]) {
                replaceWorst(simplex, values, reflected, fr);
            } else {
                double[] contracted = fr < values[n] ? towards(centroid, reflected, 0.5) : towards(centroid, simplex[n], 0.5);
                double fc = eval(f, contracted);
                if (fc < Math.min(fr, values[n])) {
                    replaceWorst(simplex, values, contracted, fc);
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = towards(simplex[0], simplex[i], 0.5);
                        values[i] = eval(f, simplex[i]);
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return new Result(simplex[best], values[best], it, false);
    }

    /** centroid + t × (point − centroid). */
    private static double[] towards(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = centroid[i] + t * (point[i] - centroid[i]);
        }
        return out;
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        simplex[simplex.length - 1] = point;
        values[values.length - 1] = value;
    }

    private static double eval(ToDoubleFunction<double[]> f, double[] p) {
        double v = f.applyAsDouble(p);
        return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
    }
}
