package io.marketpilot.experiments.simulation;

/**
 * What {@link AaSimulation} measured: false-positive rates (fixed-horizon Welch at the end, any of the sequential
 * looks, any of the naive looks, CUPED, two proportions), the coverage of the 95 % interval for the true
 * difference 0, and the mean CUPED variance reduction beside its theoretical value ρ².
 */
public record AaReport(
        int runs,
        int peeks,
        int unitsPerArm,
        double rho,
        double alpha,
        long seed,
        double fixedHorizonFalsePositiveRate,
        double intervalCoverage,
        double sequentialFalsePositiveRate,
        double naivePeekingFalsePositiveRate,
        double cupedFalsePositiveRate,
        double twoProportionFalsePositiveRate,
        double cupedVarianceReduction,
        double cupedTheoreticalReduction) {
}
