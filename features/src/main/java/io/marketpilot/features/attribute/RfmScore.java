package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.PurchaseHistory;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code rfm}: recency, frequency and monetary scores 1–5, each the customer's quintile among the shop's buyers at the
 * last refit (recency = days since the last purchase, fewer is better; frequency = purchase days; monetary = net
 * revenue). Recency is measured now, against the refit's cut points. Undefined before the first purchase.
 */
final class RfmScore implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("rfm",
            "recency, frequency and monetary quintile scores 1-5 among the shop's buyers", "object {r, f, m, code}",
            AttributeDefinition.Refresh.ON_REFIT);

    /** The three scores, e.g. (5, 3, 4). */
    record Scores(int r, int f, int m) {
        String code() {
            return "" + r + f + m;
        }
    }

    static Scores scores(Profile p, AttributeContext c) {
        PurchaseHistory h = p.purchases();
        ShopFit fit = c.fit();
        if (h.orders() == 0 || fit.recency().isEmpty()) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(h.lastOrder(), c.today());
        return new Scores(fit.recency().score(-days), fit.frequency().score(h.orders()), fit.monetary().score(h.netRevenue()));
    }

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        Scores s = scores(p, c);
        if (s == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("r", s.r());
        out.put("f", s.f());
        out.put("m", s.m());
        out.put("code", s.code());
        return out;
    }
}
