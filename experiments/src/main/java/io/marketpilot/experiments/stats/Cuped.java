package io.marketpilot.experiments.stats;

/**
 * CUPED (regression adjustment with one pre-period covariate x): θ = Cov(x, y) / Var(x) on all units pooled,
 * each group's mean becomes ȳ − θ(x̄ − x̄_all) with variance (Var y − 2θ Cov + θ² Var x) / n from the group's own
 * moments. With the pooled θ the adjustment removes ρ² of the variance (ρ the pre/post correlation).
 */
public final class Cuped {
    private Cuped() {
    }

    /** Both adjusted group estimates, θ, and the fraction of variance removed. */
    public record Adjusted(double theta, MeanEstimate control, MeanEstimate treatment, double varianceReduction) {
    }

    public static Adjusted adjust(Moments control, Moments treatment) {
        Moments all = new Moments();
        all.merge(control);
        all.merge(treatment);
        double varX = all.varianceX();
        double theta = varX == 0 ? 0 : all.covarianceXY() / varX;
        double meanX = all.meanX();
        MeanEstimate c = adjusted(control, theta, meanX);
        MeanEstimate t = adjusted(treatment, theta, meanX);
        double before = control.meanEstimate().variance() + treatment.meanEstimate().variance();
        double after = c.variance() + t.variance();
        return new Adjusted(theta, c, t, before == 0 ? 0 : 1 - after / before);
    }

    private static MeanEstimate adjusted(Moments group, double theta, double meanX) {
        long n = group.n();
        double unitVariance = group.varianceY() - 2 * theta * group.covarianceXY() + theta * theta * group.varianceX();
        return new MeanEstimate(group.meanY() - theta * (group.meanX() - meanX), n == 0 ? 0 : Math.max(0, unitVariance) / n,
                n, Math.max(1, n - 2));
    }

    /** Welch's test on the adjusted means; the method is named "cuped". */
    public static Lift compare(Moments control, Moments treatment, double alpha) {
        Adjusted a = adjust(control, treatment);
        Lift lift = WelchTest.compare(a.control(), a.treatment(), alpha);
        return new Lift("cuped", lift.control(), lift.treatment(), lift.absolute(), lift.absoluteInterval(),
                lift.relative(), lift.relativeInterval(), lift.pValue());
    }
}
