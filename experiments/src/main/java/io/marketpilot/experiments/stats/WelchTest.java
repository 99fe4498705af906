package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.StudentT;

/**
 * Welch's unequal-variance t-test on two group means, with the Welch-Satterthwaite degrees of freedom; the
 * relative-lift interval uses the same t quantile on the delta-method standard error.
 */
public final class WelchTest {
    private WelchTest() {
    }

    public static Lift compare(Moments control, Moments treatment, double alpha) {
        return compare(control.meanEstimate(), treatment.meanEstimate(), alpha);
    }

    public static Lift compare(MeanEstimate control, MeanEstimate treatment, double alpha) {
        Confidence.check(alpha);
        if (control.n() < 2 || treatment.n() < 2) {
            throw new IllegalArgumentException("Welch's test needs at least 2 units per group, found control="
                    + control.n() + " treatment=" + treatment.n());
        }
        double vc = control.variance();
        double vt = treatment.variance();
        double se2 = vc + vt;
        double diff = treatment.value() - control.value();
        if (se2 == 0) {
            return NormalComparison.compare("welch", control, treatment, alpha);
        }
        double df = se2 * se2 / (vc * vc / control.degreesOfFreedom() + vt * vt / treatment.degreesOfFreedom());
        double t = diff / Math.sqrt(se2);
        double q = StudentT.quantile(1 - alpha / 2, df);
        double relative = RelativeLift.estimate(control, treatment);
        double relSe = Math.sqrt(RelativeLift.variance(control, treatment));
        return new Lift("welch", control.value(), treatment.value(), diff, Interval.around(diff, q * Math.sqrt(se2)),
                relative, Interval.around(relative, q * relSe), StudentT.twoSidedP(t, df));
    }

    /** The Welch-Satterthwaite degrees of freedom, exposed for reports. */
    public static double degreesOfFreedom(MeanEstimate control, MeanEstimate treatment) {
        double vc = control.variance();
        double vt = treatment.variance();
        return (vc + vt) * (vc + vt) / (vc * vc / control.degreesOfFreedom() + vt * vt / treatment.degreesOfFreedom());
    }
}
