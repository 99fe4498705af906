package io.marketpilot.recommend.popularity;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Popularity over a window: {@code windowDays = 0} counts all training data (the {@code popularity} baseline);
 * otherwise only pairs whose last time is within {@code windowDays} of the latest training time, ties broken by
 * all-time popularity ({@code recent-popularity} / trending).
 */
public record PopularityConfig(int windowDays) implements AlgorithmConfig {
    public PopularityConfig {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays must be >= 0, was " + windowDays);
        }
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (windowDays > 0) {
            p.put("window_days", windowDays);
            p.put("tie_break", "all-time popularity");
        }
        return p;
    }
}
