package io.marketpilot.features.clv;

import io.marketpilot.core.model.Model;
import io.marketpilot.core.model.Provenance;

/**
 * A fitted Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"): a customer's transaction values are
 * Gamma(p, ν) with ν ~ Gamma(q, γ), independent of purchase frequency.
 */
public record GammaGammaModel(double p, double q, double gamma, double logLikelihood, int customers,
                              Provenance provenance) implements Model {

    static double logLikelihood(double p, double q, double gamma, int x, double m) {
        return SpecialFunctions.lnGamma(p * x + q) - SpecialFunctions.lnGamma(p * x) - SpecialFunctions.lnGamma(q)
                + q * Math.log(gamma) + (p * x - 1) * Math.log(m) + p * x * Math.log(x)
                - (p * x + q) * Math.log(gamma + m * x);
    }

    /** The expected value of this customer's future orders (the population mean for customers without repeats). */
    public double expectedOrderValue(PurchaseSummary s) {
        int x = s.x();
        if (x == 0 || s.meanRepeatValue() <= 0) {
            return q > 1 ? p * gamma / (q - 1) : 0;
        }
        return p * (gamma + s.meanRepeatValue() * x) / (p * x + q - 1);
    }
}
