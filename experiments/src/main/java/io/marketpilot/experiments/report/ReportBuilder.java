package io.marketpilot.experiments.report;

import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.stats.BayesianResult;
import io.marketpilot.experiments.stats.BenjaminiHochberg;
import io.marketpilot.experiments.stats.BetaBinomialModel;
import io.marketpilot.experiments.stats.ConfidenceSequence;
import io.marketpilot.experiments.stats.Cuped;
import io.marketpilot.experiments.stats.GaussianModel;
import io.marketpilot.experiments.stats.Holm;
import io.marketpilot.experiments.stats.Lift;
import io.marketpilot.experiments.stats.MeanEstimate;
import io.marketpilot.experiments.stats.Moments;
import io.marketpilot.experiments.stats.NormalComparison;
import io.marketpilot.experiments.stats.RatioMetric;
import io.marketpilot.experiments.stats.SrmCheck;
import io.marketpilot.experiments.stats.TwoProportionTest;
import io.marketpilot.experiments.stats.WelchTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link ExperimentReport} from moments[metric][variant] (variant 0 = control; y = the unit's value,
 * x = the ratio denominator or the pre-period covariate). Decisions use the sequential or fixed-horizon p-value
 * (CUPED-adjusted when the covariate varies), corrected across goal metrics × treatments; guardrails are judged
 * uncorrected, which errs towards raising them.
 */
public final class ReportBuilder {
    private static final double CREDIBILITY = 0.95;

    private ReportBuilder() {
    }

    public static ExperimentReport build(List<String> variants, double[] weights, long[] exposures,
            List<MetricSpec> metrics, Moments[][] moments, ReportOptions options) {
        if (moments.length != metrics.size() || variants.size() != weights.length || variants.size() != exposures.length) {
            throw new IllegalArgumentException("need moments for every metric and a weight and exposure count for every"
                    + " variant, found " + moments.length + " moments for " + metrics.size() + " metrics, "
                    + weights.length + " weights and " + exposures.length + " exposure counts for " + variants.size()
                    + " variants");
        }
        SrmCheck.Result srm = SrmCheck.test(exposures, weights, options.srmThreshold());
        List<Partial> partials = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            for (int v = 1; v < variants.size(); v++) {
                partials.add(compare(metrics.get(m), variants.get(v), moments[m][0], moments[m][v], options));
            }
        }
        double[] goalP = partials.stream().filter(p -> !p.spec.guardrail()).mapToDouble(Partial::rawP).toArray();
        double[] holm = Holm.adjust(goalP);
        double[] bh = BenjaminiHochberg.adjust(goalP);
        List<MetricResult> results = new ArrayList<>();
        int g = 0;
        for (Partial p : partials) {
            double h = p.spec.guardrail() ? p.rawP() : holm[g];
            double b = p.spec.guardrail() ? p.rawP() : bh[g];
            g += p.spec.guardrail() ? 0 : 1;
            double decisionP = options.correction() == ReportOptions.Correction.HOLM ? h : b;
            Decision decision = srm.mismatch() ? Decision.UNTRUSTWORTHY : decide(p, decisionP, options.alpha());
            results.add(new MetricResult(p.spec.name(), p.spec.guardrail(), p.variant, p.control.n(), p.treatment.n(),
                    p.fixed, p.cuped, p.cupedReduction, p.sequential, p.bayesian, h, b, decisionP, decision,
                    Verdicts.metric(p.spec, p.variant, p.decisionLift(), decision, decisionP, p.bayesian, srm)));
        }
        String winner = Verdicts.winner(metrics, variants, results, srm);
        return new ExperimentReport(List.copyOf(variants), exposures.clone(), srm, List.copyOf(results), winner,
                Verdicts.overall(metrics, variants, results, srm, winner), options);
    }

    private record Partial(MetricSpec spec, String variant, Moments control, Moments treatment, Lift fixed, Lift cuped,
            double cupedReduction, Lift sequential, BayesianResult bayesian, boolean useSequential) {
        Lift decisionLift() {
            return useSequential ? sequential : cuped != null ? cuped : fixed;
        }

        double rawP() {
            double p = decisionLift().pValue();
            return Double.isNaN(p) ? 1 : p;
        }
    }

    private static Partial compare(MetricSpec spec, String variant, Moments control, Moments treatment,
            ReportOptions options) {
        double alpha = options.alpha();
        boolean ratio = spec.type() == MetricDefinition.Type.RATIO;
        MeanEstimate c = ratio ? RatioMetric.estimate(control) : control.meanEstimate();
        MeanEstimate t = ratio ? RatioMetric.estimate(treatment) : treatment.meanEstimate();
        Lift fixed = switch (spec.type()) {
            case CONVERSION -> TwoProportionTest.compare(Math.round(control.sumY()), Math.max(1, control.n()),
                    Math.round(treatment.sumY()), Math.max(1, treatment.n()), alpha);
            case MEAN -> control.n() >= 2 && treatment.n() >= 2 ? WelchTest.compare(c, t, alpha)
                    : NormalComparison.compare("welch", c, t, alpha);
            case RATIO -> NormalComparison.compare("delta-method", c, t, alpha);
        };
        Lift cuped = null;
        double reduction = Double.NaN;
        MeanEstimate sc = c;
        MeanEstimate st = t;
        if (!ratio && control.n() >= 3 && treatment.n() >= 3 && control.varianceX() + treatment.varianceX() > 0) {
            Cuped.Adjusted adjusted = Cuped.adjust(control, treatment);
            cuped = Cuped.compare(control, treatment, alpha);
            reduction = adjusted.varianceReduction();
            sc = adjusted.control();
            st = adjusted.treatment();
        }
        Lift sequential = new ConfidenceSequence(alpha, options.tuningUnits()).compare(sc, st);
        BayesianResult bayesian = spec.type() == MetricDefinition.Type.CONVERSION
                ? BetaBinomialModel.standard().compare(Math.round(control.sumY()), control.n(),
                        Math.round(treatment.sumY()), treatment.n(), CREDIBILITY)
                : bayesGaussian(c, t);
        return new Partial(spec, variant, control, treatment, fixed, cuped, reduction, sequential, bayesian,
                options.sequential());
    }

    private static BayesianResult bayesGaussian(MeanEstimate c, MeanEstimate t) {
        if (c.value() == 0 || c.variance() + t.variance() == 0) {
            return new BayesianResult("gaussian", Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    new io.marketpilot.experiments.stats.Interval(Double.NaN, Double.NaN));
        }
        return GaussianModel.flat().compare(c, t, CREDIBILITY);
    }

    private static Decision decide(Partial p, double decisionP, double alpha) {
        if (!(decisionP < alpha)) {
            return Decision.NO_DIFFERENCE;
        }
        boolean up = p.decisionLift().absolute() > 0;
        return up == p.spec.higherIsBetter() ? Decision.BETTER : Decision.WORSE;
    }
}
