package io.marketpilot.experiments.distribution;

import java.util.random.RandomGenerator;

/** The Beta(a, b) distribution: CDF, quantile and seeded sampling (through two gamma draws). */
public record BetaDistribution(double alpha, double beta) {
    public BetaDistribution {
        if (!(alpha > 0) || !(beta > 0)) {
            throw new IllegalArgumentException("Beta parameters must be > 0, found alpha=" + alpha + " beta=" + beta);
        }
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    public double variance() {
        double s = alpha + beta;
        return alpha * beta / (s * s * (s + 1));
    }

    public double cdf(double x) {
        return SpecialFunctions.regularizedBeta(x, alpha, beta);
    }

    /** The p-quantile by bisection (monotone CDF, 60 halvings reach double precision on [0, 1]). */
    public double quantile(double p) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    public double sample(RandomGenerator random) {
        double x = GammaSampler.sample(alpha, random);
        double y = GammaSampler.sample(beta, random);
        return x / (x + y);
    }
}
