package io.marketpilot.experiments.stats;

/**
 * Asymptotic confidence sequences (Waudby-Smith et al. 2023, Theorem 2.2): an interval valid at every look, so
 * the report may be read daily without inflating the false-positive rate. With N the units so far and ρ² tuned so
 * the interval is tightest at {@code tuningUnits}, the interval is estimate ± m·se where
 * m = √(2(Nρ²+1)/(Nρ²) · ln(√(Nρ²+1)/α)). The always-valid p-value is the α at which 0 touches the interval.
 */
public record ConfidenceSequence(double alpha, long tuningUnits) {
    public ConfidenceSequence {
        Confidence.check(alpha);
        if (tuningUnits < 1) {
            throw new IllegalArgumentException("tuningUnits must be >= 1, found " + tuningUnits);
        }
    }

    /** GrowthBook and Eppo tune at 5,000-10,000 units; we default to 10,000. */
    public static ConfidenceSequence standard(double alpha) {
        return new ConfidenceSequence(alpha, 10_000);
    }

    double rhoSquared() {
        double l = -2 * Math.log(alpha);
        return (l + Math.log(l + 1)) / tuningUnits;
    }

    /** The multiplier of the standard error at {@code units} units observed in total. */
    public double multiplier(long units) {
        double nr = units * rhoSquared();
        return Math.sqrt(2 * (nr + 1) / nr * Math.log(Math.sqrt(nr + 1) / alpha));
    }

    public double alwaysValidP(double z, long units) {
        double nr = units * rhoSquared();
        return Math.min(1, Math.sqrt(nr + 1) * Math.exp(-z * z * nr / (2 * (nr + 1))));
    }

    public Lift compare(MeanEstimate control, MeanEstimate treatment) {
        long units = control.n() + treatment.n();
        double diff = treatment.value() - control.value();
        double se = Math.sqrt(control.variance() + treatment.variance());
        double m = multiplier(units);
        double relative = RelativeLift.estimate(control, treatment);
        double relSe = Math.sqrt(RelativeLift.variance(control, treatment));
        double p = se == 0 ? (diff == 0 ? 1 : 0) : alwaysValidP(diff / se, units);
        return new Lift("sequential", control.value(), treatment.value(), diff, Interval.around(diff, m * se),
                relative, Interval.around(relative, m * relSe), p);
    }
}
