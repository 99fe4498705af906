package io.marketpilot.engine.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the engine needs to open: where its data lives and how ingestion behaves. Defaults in code;
 * the CLI overrides from flags and environment. Below the engine nothing reads files, env or properties.
 */
public record EngineConfig(Path dataDir, IngestConfig ingest, RecommendConfig recommend) {
    public EngineConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        ingest = ingest == null ? IngestConfig.defaults() : ingest;
        recommend = recommend == null ? RecommendConfig.defaults() : recommend;
    }

    public EngineConfig(Path dataDir, IngestConfig ingest) {
        this(dataDir, ingest, RecommendConfig.defaults());
    }

    public static EngineConfig at(Path dataDir) {
        return new EngineConfig(dataDir, IngestConfig.defaults(), RecommendConfig.defaults());
    }

    public EngineConfig withRecommend(RecommendConfig r) {
        return new EngineConfig(dataDir, ingest, r);
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
