package io.marketpilot.experiments.stats;

/**
 * A Bayesian comparison on the relative lift: the chance the treatment beats control, the expected loss (in
 * relative-lift units) of shipping the treatment and of keeping control, and a credible interval.
 */
public record BayesianResult(
        String model,
        double probabilityToBeatControl,
        double expectedLossTreatment,
        double expectedLossControl,
        double relativeLift,
        Interval relativeCredibleInterval) {
}
