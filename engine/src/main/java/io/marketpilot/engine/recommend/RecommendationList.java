package io.marketpilot.engine.recommend;

import java.util.List;

/**
 * An answer: items best first, the model (name and registry version) that produced it, and the strategy used:
 * {@code personal} (the customer's history), {@code cold-start} (no history: group popularity and trending),
 * {@code related} (item-to-item), or {@code none} before any model is trained.
 */
public record RecommendationList(List<Recommendation> items, String model, long modelVersion, String strategy) {
    public RecommendationList {
        items = List.copyOf(items);
    }

    static RecommendationList none() {
        return new RecommendationList(List.of(), null, 0, "none");
    }
}
