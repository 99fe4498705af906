package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.Normal;

/**
 * Gaussian model on the relative lift (any mean or ratio metric): the delta-method likelihood N(r̂, se²) times an
 * optional prior N(0, priorSd²) (infinite = flat, the GrowthBook default; 0.3 is GrowthBook's informative prior),
 * in closed form: P(beat) = Φ(μ/σ), expected loss of shipping = σφ(μ/σ) − μΦ(−μ/σ).
 */
public record GaussianModel(double priorSd) {
    public GaussianModel {
        if (!(priorSd > 0)) {
            throw new IllegalArgumentException("priorSd must be > 0 (infinite for a flat prior), found " + priorSd);
        }
    }

    public static GaussianModel flat() {
        return new GaussianModel(Double.POSITIVE_INFINITY);
    }

    public BayesianResult compare(MeanEstimate control, MeanEstimate treatment, double credibility) {
        double r = RelativeLift.estimate(control, treatment);
        double v = RelativeLift.variance(control, treatment);
        double precision = 1 / v + (Double.isInfinite(priorSd) ? 0 : 1 / (priorSd * priorSd));
        double mean = r / v / precision;
        double sd = Math.sqrt(1 / precision);
        double z = mean / sd;
        double lossShip = sd * Normal.density(z) - mean * Normal.cdf(-z);
        double lossKeep = sd * Normal.density(z) + mean * Normal.cdf(z);
        double q = Normal.quantile(1 - (1 - credibility) / 2);
        return new BayesianResult("gaussian", Normal.cdf(z), lossShip, lossKeep, mean, Interval.around(mean, q * sd));
    }
}
