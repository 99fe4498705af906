package io.marketpilot.engine.recommend;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request for recommendations.
 *
 * @param actorKey     the customer (user id, or {@code anon:} + anonymous id); unknown customers get cold start
 * @param n            how many items
 * @param placement    home, product, cart or email (see the recommend config)
 * @param contextItems item ids the answer should relate to (the product page's item, the cart); may be empty
 * @param rules        rule entries in the request syntax of {@code ItemRules} (name, value)
 * @param geo          the request's location (e.g. a city) for cold start; null when unknown
 */
public record RecommendationRequest(String actorKey, int n, String placement, List<String> contextItems,
                                    List<Map.Entry<String, String>> rules, String geo) {
    public RecommendationRequest {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(placement, "placement");
        contextItems = List.copyOf(contextItems);
        rules = List.copyOf(rules);
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
    }

    public static RecommendationRequest home(String actorKey, int n) {
        return new RecommendationRequest(actorKey, n, "home", List.of(), List.of(), null);
    }
}
