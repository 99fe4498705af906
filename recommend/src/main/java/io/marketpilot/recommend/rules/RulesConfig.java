package io.marketpilot.recommend.rules;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Hyper-parameters of {@code association-rules}.
 *
 * @param minSupport       how many baskets an itemset needs to count as frequent
 * @param minConfidence    rules X → y with confidence support(X ∪ y) / support(X) below this are dropped
 * @param maxItemsetSize   largest itemset mined (2 = pairs only; 3 also gives two-item antecedents)
 * @param basketGapMinutes a user's pairs (ordered by time) start a new basket when the gap to the previous pair
 *                         exceeds this; 0 makes each user's whole history one basket
 * @param order            sort order of each item's "bought together" list
 * @param scoring          how fired rules combine into a user's item scores
 * @param maxItemsets      mining stops with an error beyond this many frequent itemsets (memory guard)
 */
public record RulesConfig(MinSupport minSupport, double minConfidence, int maxItemsetSize, int basketGapMinutes,
                          RuleOrder order, RuleScoring scoring, int maxItemsets) implements AlgorithmConfig {
    public RulesConfig {
        Objects.requireNonNull(minSupport, "minSupport");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(scoring, "scoring");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
        }
        if (maxItemsetSize < 2 || maxItemsetSize > 8) {
            throw new IllegalArgumentException("maxItemsetSize must be in [2, 8], was " + maxItemsetSize);
        }
        if (basketGapMinutes < 0) {
            throw new IllegalArgumentException("basketGapMinutes must be >= 0, was " + basketGapMinutes);
        }
        if (maxItemsets < 1) {
            throw new IllegalArgumentException("maxItemsets must be >= 1, was " + maxItemsets);
        }
    }

    /** Support 0.1 % of baskets (at least 2), confidence 5 %, itemsets up to 3, 60-minute baskets, by lift, max. */
    public static RulesConfig defaults() {
        return new RulesConfig(MinSupport.fraction(0.001), 0.05, 3, 60, RuleOrder.LIFT, RuleScoring.MAX,
            2_000_000);
    }

    public RulesConfig withMinSupport(MinSupport s) {
        return new RulesConfig(s, minConfidence, maxItemsetSize, basketGapMinutes, order, scoring, maxItemsets);
    }

    public RulesConfig withMinConfidence(double c) {
        return new RulesConfig(minSupport, c, maxItemsetSize, basketGapMinutes, order, scoring, maxItemsets);
    }

    public RulesConfig withMaxItemsetSize(int n) {
        return new RulesConfig(minSupport, minConfidence, n, basketGapMinutes, order, scoring, maxItemsets);
    }

    public RulesConfig withBasketGapMinutes(int g) {
        return new RulesConfig(minSupport, minConfidence, maxItemsetSize, g, order, scoring, maxItemsets);
    }

    public RulesConfig withOrder(RuleOrder o) {
        return new RulesConfig(minSupport, minConfidence, maxItemsetSize, basketGapMinutes, o, scoring, maxItemsets);
    }

    public RulesConfig withScoring(RuleScoring s) {
        return new RulesConfig(minSupport, minConfidence, maxItemsetSize, basketGapMinutes, order, s, maxItemsets);
    }

    public RulesConfig withMaxItemsets(int n) {
        return new RulesConfig(minSupport, minConfidence, maxItemsetSize, basketGapMinutes, order, scoring, n);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(minSupport instanceof MinSupport.Count ? "min_support_count" : "min_support", minSupport.toString());
        p.put("min_confidence", minConfidence);
        p.put("max_itemset_size", maxItemsetSize);
        p.put("basket_gap_minutes", basketGapMinutes);
        p.put("order", order.name().toLowerCase(java.util.Locale.ROOT));
        p.put("scoring", scoring.name().toLowerCase(java.util.Locale.ROOT));
        p.put("max_itemsets", maxItemsets);
        return p;
    }
}
