package io.marketpilot.features.cluster;

import io.marketpilot.features.attribute.AttributeContext;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.PurchaseHistory;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The features clusters are made of, for buyers: recency (days since the last purchase), orders, net revenue and
 * average order value (both log(1 + x), as money is heavy-tailed), discount share, and the share of interest in each
 * of the shop's top categories ({@code affinity:<category>}).
 */
record ClusterFeatures(List<String> names, List<String> categories) {
    static final List<String> BASE = List.of("recency_days", "orders", "log_net_revenue", "log_average_order_value",
            "discount_share");

    static ClusterFeatures of(List<String> topCategories) {
        List<String> names = new ArrayList<>(BASE);
        topCategories.forEach(c -> names.add("affinity:" + c));
        return new ClusterFeatures(List.copyOf(names), List.copyOf(topCategories));
    }

    /** The raw (unstandardised) vector, or null for a profile without purchases. */
    double[] vector(Profile p, AttributeContext c) {
        PurchaseHistory h = p.purchases();
        if (h.orders() == 0) {
            return null;
        }
        double[] v = new double[names.size()];
        v[0] = ChronoUnit.DAYS.between(h.lastOrder(), c.today());
        v[1] = h.orders();
        v[2] = Math.log1p(Math.max(0, h.netRevenue()));
        v[3] = Math.log1p(Math.max(0, h.netRevenue() / h.orders()));
        v[4] = h.lines() == 0 ? 0 : h.discountedLines() / (double) h.lines();
        Map<String, Double> aff = p.categoryAffinities(c.vocabulary(), c.now(), c.config().affinityHalfLife());
        double total = aff.values().stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < categories.size(); i++) {
            Double s = aff.get(categories.get(i));
            v[BASE.size() + i] = s == null || total <= 0 ? 0 : s / total;
        }
        return v;
    }
}
