package io.marketpilot.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where a trained model came from: its trainer's configuration, a fingerprint of the training data,
 * the seed, the code version, when it was trained, and offline metrics measured at training time.
 */
public record Provenance(String algorithm, Map<String, String> config, String dataFingerprint, long seed,
                         String codeVersion, Instant trainedAt, Map<String, Double> metrics) {
    public Provenance {
        Objects.requireNonNull(algorithm, "algorithm");
        config = Map.copyOf(config);
        metrics = Map.copyOf(metrics);
    }
}
