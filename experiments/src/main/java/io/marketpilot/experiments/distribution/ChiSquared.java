package io.marketpilot.experiments.distribution;

/** The chi-square distribution with {@code df} degrees of freedom. */
public final class ChiSquared {
    private ChiSquared() {
    }

    public static double cdf(double x, double df) {
        return SpecialFunctions.regularizedGammaP(df / 2, x / 2);
    }

    /** P(X &gt; x), accurate far in the upper tail (where SRM p-values live). */
    public static double survival(double x, double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be > 0, found " + df);
        }
        return SpecialFunctions.regularizedGammaQ(df / 2, x / 2);
    }
}
