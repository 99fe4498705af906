package io.marketpilot.experiments.stats;

/**
 * An estimate of one group's metric: the point value, the variance of that estimate (not of a unit), the units
 * behind it and the degrees of freedom of its variance (infinite for a normal approximation).
 */
public record MeanEstimate(double value, double variance, long n, double degreesOfFreedom) {
    public MeanEstimate {
        if (variance < 0 || Double.isNaN(variance)) {
            throw new IllegalArgumentException("variance must be >= 0, found " + variance);
        }
    }

    public double standardError() {
        return Math.sqrt(variance);
    }
}
