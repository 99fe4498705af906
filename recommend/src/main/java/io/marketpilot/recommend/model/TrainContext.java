package io.marketpilot.recommend.model;

import java.time.Instant;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * What every training run gets besides data and hyper-parameters: the seed, how many threads it may use, where to
 * report progress (fraction done, 0..1), the code version and the training time to stamp into provenance.
 */
public record TrainContext(long seed, int threads, DoubleConsumer progress, String codeVersion, Instant trainedAt) {
    public TrainContext {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(codeVersion, "codeVersion");
        Objects.requireNonNull(trainedAt, "trainedAt");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    /** Seeded, all available cores, no progress: for tests and evaluation. */
    public static TrainContext seeded(long seed) {
        return new TrainContext(seed, Runtime.getRuntime().availableProcessors(), f -> { }, "dev",
            Instant.EPOCH);
    }
}
