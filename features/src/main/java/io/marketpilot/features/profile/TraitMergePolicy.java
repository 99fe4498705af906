package io.marketpilot.features.profile;

import java.util.Map;

/** The merge strategy per trait name, with a default for the rest (configuration key {@code profiles.trait_merge}). */
public record TraitMergePolicy(Map<String, MergeStrategy> perTrait, MergeStrategy fallback) {
    public static final TraitMergePolicy DEFAULT = new TraitMergePolicy(Map.of(), MergeStrategy.MOST_RECENT);

    public TraitMergePolicy {
        perTrait = Map.copyOf(perTrait);
        if (fallback == null) {
            throw new IllegalArgumentException("a trait merge policy needs a fallback strategy");
        }
    }

    public MergeStrategy of(String trait) {
        return perTrait.getOrDefault(trait, fallback);
    }
}
