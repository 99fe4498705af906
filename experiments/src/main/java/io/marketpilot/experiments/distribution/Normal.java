package io.marketpilot.experiments.distribution;

/** The standard normal distribution: density, CDF (through erfc) and quantile (Acklam, refined by Halley steps). */
public final class Normal {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    private Normal() {
    }

    public static double density(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** Φ(z). */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double t = z / SQRT2;
        // erfc(|t|) = Q(1/2, t²): accurate in both tails, unlike 1 - erf
        double tail = 0.5 * SpecialFunctions.regularizedGammaQ(0.5, t * t);
        return z < 0 ? tail : 1 - tail;
    }

    /** 1 - Φ(z), accurate for large z. */
    public static double survival(double z) {
        return cdf(-z);
    }

    /** Two-sided p-value of a z statistic. */
    public static double twoSidedP(double z) {
        return Math.min(1, 2 * survival(Math.abs(z)));
    }

    /** Φ⁻¹(p) for 0 &lt; p &lt; 1. */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            if (p == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (p == 1) {
                return Double.POSITIVE_INFINITY;
            }
            throw new IllegalArgumentException("a probability in (0, 1) is needed, found " + p);
        }
        double x = initial(p);
        for (int i = 0; i < 2; i++) {
            double e = cdf(x) - p;
            double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
            x = x - u / (1 + x * u / 2);
        }
        return x;
    }

    private static double initial(double p) {
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - low) {
            return -initial(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
