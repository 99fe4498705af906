package io.marketpilot.engine.recommend;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the co-purchase recommender. {@code sameUserWeight} is how much two items bought by the same
 * customer in different orders count, relative to 1.0 for the same order; {@code shrinkage} damps
 * similarities resting on few co-purchases; popularity (the fallback that keeps lists full) counts
 * purchases and carts in the last {@code popularityWindow} before the newest event.
 */
public record CoPurchaseConfig(int neighbours, double sameUserWeight, double shrinkage, int maxUserHistory,
                               Duration popularityWindow, int popularItems) {
    public static CoPurchaseConfig defaults() {
        return new CoPurchaseConfig(50, 0.3, 2.0, 50, Duration.ofDays(30), 500);
    }

    Map<String, String> asMap() {
        return Map.of("neighbours", Integer.toString(neighbours), "same_user_weight", Double.toString(sameUserWeight),
                "shrinkage", Double.toString(shrinkage), "max_user_history", Integer.toString(maxUserHistory),
                "popularity_window", popularityWindow.toString(), "popular_items", Integer.toString(popularItems));
    }
}
