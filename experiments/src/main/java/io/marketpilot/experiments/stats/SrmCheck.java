package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.ChiSquared;
import java.util.Arrays;

/**
 * Sample-ratio mismatch: Pearson's chi-square goodness of fit of the units per variant against the configured
 * weights. A p-value below the threshold (0.001, as GrowthBook, Eppo and Statsig) means assignment or logging is
 * broken and no other number of the report should be trusted.
 */
public final class SrmCheck {
    public static final double DEFAULT_THRESHOLD = 0.001;

    private SrmCheck() {
    }

    public record Result(double chiSquare, double pValue, boolean mismatch, double threshold) {
    }

    public static Result test(long[] observed, double[] weights, double threshold) {
        if (observed.length != weights.length || observed.length < 2) {
            throw new IllegalArgumentException("need one weight per variant and >= 2 variants, found "
                    + observed.length + " counts and " + weights.length + " weights");
        }
        long total = Arrays.stream(observed).sum();
        double weightSum = Arrays.stream(weights).sum();
        if (total == 0) {
            return new Result(0, 1, false, threshold);
        }
        double chi = 0;
        for (int i = 0; i < observed.length; i++) {
            double expected = total * weights[i] / weightSum;
            double d = observed[i] - expected;
            chi += d * d / expected;
        }
        double p = ChiSquared.survival(chi, observed.length - 1);
        return new Result(chi, p, p < threshold, threshold);
    }
}
