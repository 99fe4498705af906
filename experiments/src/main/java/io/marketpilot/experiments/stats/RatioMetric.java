package io.marketpilot.experiments.stats;

/**
 * A ratio metric Σy / Σx over units (average order value = revenue / orders, CTR = clicks / impressions) whose
 * unit of analysis is the randomised unit, so its variance comes from the delta method:
 * Var(ȳ/x̄) ≈ (Var(y)/x̄² − 2 ȳ Cov(x,y)/x̄³ + ȳ² Var(x)/x̄⁴) / n.
 */
public final class RatioMetric {
    private RatioMetric() {
    }

    /** {@code sums} holds y = numerator and x = denominator per unit. */
    public static MeanEstimate estimate(Moments sums) {
        long n = sums.n();
        double mx = sums.meanX();
        double my = sums.meanY();
        if (n < 2 || mx == 0) {
            return new MeanEstimate(mx == 0 ? 0 : my / mx, 0, n, Double.POSITIVE_INFINITY);
        }
        double variance = (sums.varianceY() / (mx * mx) - 2 * my * sums.covarianceXY() / (mx * mx * mx)
                + my * my * sums.varianceX() / (mx * mx * mx * mx)) / n;
        return new MeanEstimate(my / mx, Math.max(0, variance), n, Double.POSITIVE_INFINITY);
    }
}
