package io.marketpilot.features.clv;

import io.marketpilot.core.model.Model;
import io.marketpilot.core.model.Provenance;

/**
 * A fitted BG/NBD model (Fader, Hardie & Lee 2005): purchase rates λ ~ Gamma(r, α) while alive, dropout after each
 * purchase with p ~ Beta(a, b). Time in days.
 */
public record BgNbdModel(double r, double alpha, double a, double b, double logLikelihood, int customers,
                         Provenance provenance) implements Model {

    /** One customer's log-likelihood (without the constant shared by every parameter set). */
    static double logLikelihood(double r, double alpha, double a, double b, int x, double tx, double age) {
        double a1 = SpecialFunctions.lnGamma(r + x) - SpecialFunctions.lnGamma(r) + r * Math.log(alpha);
        double a2 = SpecialFunctions.lnBeta(a, b + x) - SpecialFunctions.lnBeta(a, b);
        double a3 = -(r + x) * Math.log(alpha + age);
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double hi = Math.max(a3, a4);
        return a1 + a2 + hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi));
    }

    /** P(alive | x, tx, T): the probability this customer has not dropped out. */
    public double probabilityAlive(PurchaseSummary s) {
        return 1 / (1 + deadOdds(s));
    }

    private double deadOdds(PurchaseSummary s) {
        if (s.x() == 0) {
            return 0;
        }
        return a / (b + s.x() - 1) * Math.pow((alpha + s.age()) / (alpha + s.tx()), r + s.x());
    }

    /** Expected number of purchases in the next {@code days} days given the customer's history. */
    public double expectedPurchases(PurchaseSummary s, double days) {
        if (days <= 0) {
            return 0;
        }
        int x = s.x();
        double ratio = (alpha + s.age()) / (alpha + s.age() + days);
        double z = days / (alpha + s.age() + days);
        double hyp = SpecialFunctions.hyp2f1(r + x, b + x, a + b + x - 1, z);
        double numerator = (a + b + x - 1) / (a - 1) * (1 - Math.pow(ratio, r + x) * hyp);
        return numerator / (1 + deadOdds(s));
    }
}
