package io.marketpilot.engine.recommend;

import java.util.Map;

/**
 * The most popular items among customers sharing a trait value ({@code city=Chengdu}, {@code tier=gold}): what a
 * customer with no history of their own gets first. Lists are best first with their scores (weighted customers).
 */
public record GroupPopularity(Map<String, Ranked> byGroup) {
    /** Items best first and their scores. */
    public record Ranked(int[] items, float[] scores) {}

    public GroupPopularity {
        byGroup = Map.copyOf(byGroup);
    }

    public static String key(String trait, Object value) {
        return trait + "=" + value;
    }
}
