package io.marketpilot.features.attribute;

import io.marketpilot.features.clv.BgNbdModel;
import io.marketpilot.features.clv.GammaGammaModel;
import io.marketpilot.features.clv.PurchaseSummary;
import io.marketpilot.features.profile.Profile;

/**
 * {@code predicted_clv}: revenue expected over the CLV horizon (default 365 days), month by month: BG/NBD expected
 * purchases in each 30-day step × the Gamma-Gamma expected order value, discounted by the monthly rate (default 1%).
 */
final class PredictedClv implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("predicted_clv",
            "expected discounted revenue over the CLV horizon (BG/NBD x Gamma-Gamma)", "number",
            AttributeDefinition.Refresh.ON_REFIT);

    static double clv(BgNbdModel bg, GammaGammaModel gg, PurchaseSummary s, ShopFit.ClvSettings settings) {
        double value = gg.expectedOrderValue(s);
        double total = 0;
        double before = 0;
        int months = (int) Math.ceil(settings.horizonDays() / 30.0);
        for (int m = 1; m <= months; m++) {
            double cumulative = bg.expectedPurchases(s, Math.min(settings.horizonDays(), 30.0 * m));
            total += (cumulative - before) * value / Math.pow(1 + settings.monthlyDiscount(), m);
            before = cumulative;
        }
        return total;
    }

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        PurchaseSummary s = c.summary(p);
        ShopFit f = c.fit();
        if (s == null || f.bgNbd().isEmpty() || f.gammaGamma().isEmpty()) {
            return null;
        }
        return Rounding.round(clv(f.bgNbd().get(), f.gammaGamma().get(), s, f.clv()), 2);
    }
}
