package io.marketpilot.features.clv;

/** Log-gamma (Lanczos, g = 7, n = 9; ~15 significant digits for x > 0) and the Gauss hypergeometric series 2F1. */
final class SpecialFunctions {
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private SpecialFunctions() {}

    static double lnGamma(double x) {
        if (x < 0.5) {
            // reflection: Γ(x)Γ(1−x) = π / sin(πx)
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
        }
        x -= 1;
        double a = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (x + i);
        }
        return HALF_LOG_TWO_PI + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }

    static double lnBeta(double a, double b) {
        return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
    }

    /** 2F1(a, b; c; z) by its power series, for 0 ≤ z < 1. */
    static double hyp2f1(double a, double b, double c, double z) {
        if (z < 0 || z >= 1) {
            throw new IllegalArgumentException("hyp2f1 needs 0 <= z < 1, got " + z);
        }
        double term = 1;
        double sum = 1;
        for (int k = 0; k < 100_000; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) < 1e-14 * Math.abs(sum)) {
                return sum;
            }
        }
        return sum;
    }
}
