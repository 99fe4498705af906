package io.marketpilot.experiments.report;

import io.marketpilot.experiments.stats.BayesianResult;
import io.marketpilot.experiments.stats.Lift;

/**
 * One metric, one treatment against control: sample sizes, the fixed-horizon test, the CUPED-adjusted test (null
 * without a covariate) with the fraction of variance it removed (NaN without), the always-valid sequential result, the Bayesian view, p-values corrected both ways, the
 * p-value the decision used, the decision and its sentence.
 */
public record MetricResult(
        String metric,
        boolean guardrail,
        String variant,
        long controlUnits,
        long variantUnits,
        Lift fixedHorizon,
        Lift cuped,
        double cupedVarianceReduction,
        Lift sequential,
        BayesianResult bayesian,
        double holmP,
        double benjaminiHochbergP,
        double decisionP,
        Decision decision,
        String verdict) {
}
