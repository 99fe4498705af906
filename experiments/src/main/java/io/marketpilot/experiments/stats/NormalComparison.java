package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.Normal;

/**
 * Large-sample z comparison of two group estimates (ratio metrics, CUPED-adjusted means): difference ± z·se and
 * delta-method relative lift ± z·se.
 */
public final class NormalComparison {
    private NormalComparison() {
    }

    public static Lift compare(String method, MeanEstimate control, MeanEstimate treatment, double alpha) {
        Confidence.check(alpha);
        double diff = treatment.value() - control.value();
        double se = Math.sqrt(control.variance() + treatment.variance());
        double z = Normal.quantile(1 - alpha / 2);
        double relative = RelativeLift.estimate(control, treatment);
        double relSe = Math.sqrt(RelativeLift.variance(control, treatment));
        double p = se == 0 ? (diff == 0 ? 1 : 0) : Normal.twoSidedP(diff / se);
        return new Lift(method, control.value(), treatment.value(), diff, Interval.around(diff, z * se),
                relative, Interval.around(relative, z * relSe), p);
    }
}
