package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.PurchaseHistory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code price_sensitivity}: the share of purchase lines bought on a deal (discount, coupon, or below list price), the
 * mean unit price paid, and its band among the shop's buyers (low / mid / high: tertiles at the last refit).
 */
final class PriceSensitivity implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("price_sensitivity",
            "discount_share of purchase lines, mean unit price and its price_band (low/mid/high tertile)",
            "object {discount_share, mean_unit_price, price_band}", AttributeDefinition.Refresh.ON_EVENT);

    static String band(double unitPrice, double[] cuts) {
        if (cuts.length < 2) {
            return null;
        }
        return unitPrice <= cuts[0] ? "low" : unitPrice <= cuts[1] ? "mid" : "high";
    }

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        PurchaseHistory h = p.purchases();
        if (h.lines() == 0) {
            return null;
        }
        double mean = h.unitPriceSum() / h.lines();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("discount_share", Rounding.round(h.discountedLines() / (double) h.lines(), 3));
        out.put("mean_unit_price", Rounding.round(mean, 2));
        out.put("price_band", band(mean, c.fit().priceBands()));
        return out;
    }
}
