package io.marketpilot.experiments.report;

import io.marketpilot.experiments.stats.SrmCheck;

/**
 * How a report decides: {@code alpha}, whether decisions use the always-valid sequential p-value (safe to read
 * while running) or the fixed-horizon one (valid only at the planned end), the correction across goal metrics and
 * treatments, the confidence-sequence tuning size and the SRM threshold.
 */
public record ReportOptions(double alpha, boolean sequential, Correction correction, long tuningUnits,
        double srmThreshold) {
    public enum Correction { HOLM, BENJAMINI_HOCHBERG }

    public ReportOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), found " + alpha);
        }
        if (tuningUnits < 1 || !(srmThreshold > 0 && srmThreshold < 1)) {
            throw new IllegalArgumentException("need tuningUnits >= 1 and srmThreshold in (0, 1), found "
                    + tuningUnits + " and " + srmThreshold);
        }
    }

    /** Running experiments: sequential decisions, Holm, alpha 0.05. */
    public static ReportOptions running() {
        return new ReportOptions(0.05, true, Correction.HOLM, 10_000, SrmCheck.DEFAULT_THRESHOLD);
    }

    /** A finished, fixed-horizon analysis (the CLI's {@code analyze}). */
    public static ReportOptions fixedHorizon() {
        return new ReportOptions(0.05, false, Correction.HOLM, 10_000, SrmCheck.DEFAULT_THRESHOLD);
    }
}
