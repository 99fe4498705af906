package io.marketpilot.engine.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the engine needs to open: where its data lives and how ingestion behaves. Defaults in code;
 * the CLI overrides from flags and environment. Below the engine nothing reads files, env or properties.
 */
public record EngineConfig(Path dataDir, IngestConfig ingest, RecommendConfig recommend,
                           ExperimentsConfig experiments) {
    public EngineConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        ingest = ingest == null ? IngestConfig.defaults() : ingest;
        recommend = recommend == null ? RecommendConfig.defaults() : recommend;
        experiments = experiments == null ? ExperimentsConfig.defaults() : experiments;
    }

    public EngineConfig(Path dataDir, IngestConfig ingest, RecommendConfig recommend) {
        this(dataDir, ingest, recommend, ExperimentsConfig.defaults());
    }

    public EngineConfig(Path dataDir, IngestConfig ingest) {
        this(dataDir, ingest, RecommendConfig.defaults());
    }

    public static EngineConfig at(Path dataDir) {
        return new EngineConfig(dataDir, IngestConfig.defaults(), RecommendConfig.defaults());
    }

    public EngineConfig withRecommend(RecommendConfig r) {
        return new EngineConfig(dataDir, ingest, r, experiments);
    }

    public EngineConfig withExperiments(ExperimentsConfig e) {
        return new EngineConfig(dataDir, ingest, recommend, e);
    }

    /**
     * The global holdout: {@code holdout} (0 to below 1) of all units, chosen by hashing with {@code holdoutSalt}, are
     * in no experiment and get every default, so the combined effect of everything shipped stays measurable.
     */
    public record ExperimentsConfig(double holdout, String holdoutSalt) {
        public ExperimentsConfig {
            if (!(holdout >= 0 && holdout < 1)) {
                throw new IllegalArgumentException("experiments.holdout: expected a fraction in [0, 1), found " + holdout);
            }
            holdoutSalt = holdoutSalt == null || holdoutSalt.isBlank() ? "global" : holdoutSalt;
        }

        public static ExperimentsConfig defaults() {
            return new ExperimentsConfig(0, "global");
        }
    }

    /**
     * Ingestion limits: the largest batch one request may carry, and the bot rule: an actor with more than
     * {@code botMaxEvents} events inside any {@code botWindowSeconds} window is flagged as a bot.
     */
    public record IngestConfig(int maxBatch, int botMaxEvents, int botWindowSeconds) {
        public static IngestConfig defaults() {
            return new IngestConfig(10_000, 100, 60);
        }
    }
}
