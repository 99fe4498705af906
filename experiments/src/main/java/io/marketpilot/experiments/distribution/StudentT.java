package io.marketpilot.experiments.distribution;

/** Student's t distribution with {@code df} degrees of freedom (real-valued, as Welch's test needs). */
public final class StudentT {
    private StudentT() {
    }

    public static double cdf(double t, double df) {
        requirePositive(df);
        if (Double.isInfinite(df) || df > 1e7) {
            return Normal.cdf(t);
        }
        double x = df / (df + t * t);
        double tail = 0.5 * SpecialFunctions.regularizedBeta(x, df / 2, 0.5);
        return t < 0 ? tail : 1 - tail;
    }

    /** Two-sided p-value of a t statistic. */
    public static double twoSidedP(double t, double df) {
        requirePositive(df);
        if (Double.isInfinite(df) || df > 1e7) {
            return Normal.twoSidedP(t);
        }
        return Math.min(1, SpecialFunctions.regularizedBeta(df / (df + t * t), df / 2, 0.5));
    }

    /** The p-quantile, by Newton steps on the CDF from the normal quantile, bisection as the safety net. */
    public static double quantile(double p, double df) {
        requirePositive(df);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a probability in (0, 1) is needed, found " + p);
        }
        if (p < 0.5) {
            return -quantile(1 - p, df);
        }
        double lo = 0;
        double hi = Math.max(1, Normal.quantile(p)) * 2;
        while (cdf(hi, df) < p) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static void requirePositive(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be > 0, found " + df);
        }
    }
}
