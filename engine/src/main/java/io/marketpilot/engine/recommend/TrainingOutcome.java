package io.marketpilot.engine.recommend;

import io.marketpilot.core.model.Provenance;
import java.time.Duration;

/**
 * What one training run did: the registry version it saved, whether it was promoted to serving, and why (or why
 * not), its provenance with the offline metrics, and how long it took.
 */
public record TrainingOutcome(String model, long version, boolean promoted, String reason, Provenance provenance,
                              Duration took) {
    public double metric(String name) {
        return provenance.metrics().getOrDefault(name, Double.NaN);
    }
}
