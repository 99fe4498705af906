package io.marketpilot.experiments.assignment;

import java.util.Map;
import java.util.Objects;

/**
 * One arm of an experiment: a key ("control", "ease"), its traffic weight, and the configuration the deciding
 * code applies (e.g. {@code model=item-knn}, {@code copy=B}, {@code coupon=10OFF}).
 */
public record Variant(String key, double weight, Map<String, String> config) {
    public Variant {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("variant key must not be blank");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("variant '" + key + "': weight must be a positive number, found " + weight);
        }
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    public static Variant of(String key, double weight) {
        return new Variant(key, weight, Map.of());
    }
}
