package io.marketpilot.experiments.stats;

/**
 * Delta-method variance of the relative lift r = t / c - 1 for independent group estimates:
 * Var(r) ≈ Var(t) / c² + t² Var(c) / c⁴.
 */
public final class RelativeLift {
    private RelativeLift() {
    }

    public static double estimate(MeanEstimate control, MeanEstimate treatment) {
        return control.value() == 0 ? Double.NaN : treatment.value() / control.value() - 1;
    }

    public static double variance(MeanEstimate control, MeanEstimate treatment) {
        double c = control.value();
        double t = treatment.value();
        if (c == 0) {
            return Double.NaN;
        }
        return treatment.variance() / (c * c) + t * t * control.variance() / (c * c * c * c);
    }
}
