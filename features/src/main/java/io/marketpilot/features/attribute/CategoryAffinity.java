package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code category_affinity}: category → share of the customer's time-decayed interest (views 1, reviews 2, carts 3,
 * purchases 5, halving every {@code profiles.affinity_half_life}), best first, shares summing to 1.
 */
final class CategoryAffinity implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("category_affinity",
            "category -> share of time-decayed interest (views, carts, purchases), best first", "object",
            AttributeDefinition.Refresh.ON_EVENT);

    static Map<String, Object> shares(Map<String, Double> scores) {
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Object> out = new LinkedHashMap<>();
        if (total > 0) {
            scores.forEach((k, v) -> out.put(k, Rounding.round(v / total, 3)));
        }
        return out;
    }

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        return shares(p.categoryAffinities(c.vocabulary(), c.now(), c.config().affinityHalfLife()));
    }
}
