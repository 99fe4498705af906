package io.marketpilot.engine.config;

import io.marketpilot.engine.channel.MessagingConfig;
import io.marketpilot.engine.journey.JourneyConfig;
import io.marketpilot.engine.text.TextConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the engine needs to open: where its data lives and every setting of {@code marketpilot.yaml}, one
 * record per section. Defaults in code; {@link ConfigLoader} overlays the file, the environment and flags (one key per
 * record component, docs/marketpilot.example.yaml). Below the engine nothing reads files, env or properties.
 */
public record EngineConfig(Path dataDir, IngestConfig ingest, RecommendConfig recommend,
                           ExperimentsConfig experiments, NlpConfig nlp, TextConfig text, MessagingConfig messaging,
                           JourneyConfig journeys, ServerSettings server) {
    public EngineConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        ingest = ingest == null ? IngestConfig.defaults() : ingest;
        recommend = recommend == null ? RecommendConfig.defaults() : recommend;
        experiments = experiments == null ? ExperimentsConfig.defaults() : experiments;
        nlp = nlp == null ? NlpConfig.defaults() : nlp;
        text = text == null ? TextConfig.defaults() : text;
        messaging = messaging == null ? MessagingConfig.defaults() : messaging;
        journeys = journeys == null ? JourneyConfig.defaults() : journeys;
        server = server == null ? ServerSettings.defaults() : server;
    }

    public EngineConfig(Path dataDir, IngestConfig ingest, RecommendConfig recommend, ExperimentsConfig experiments) {
        this(dataDir, ingest, recommend, experiments, null, null, null, null, null);
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

    /** The same settings over another data directory (e.g. a scratch one). */
    public EngineConfig withDataDir(Path dir) {
        return new EngineConfig(dir, ingest, recommend, experiments, nlp, text, messaging, journeys, server);
    }

    public EngineConfig withRecommend(RecommendConfig r) {
        return new EngineConfig(dataDir, ingest, r, experiments, nlp, text, messaging, journeys, server);
    }

    public EngineConfig withExperiments(ExperimentsConfig e) {
        return new EngineConfig(dataDir, ingest, recommend, e, nlp, text, messaging, journeys, server);
    }

    public EngineConfig withNlp(NlpConfig n) {
        return new EngineConfig(dataDir, ingest, recommend, experiments, n, text, messaging, journeys, server);
    }

    public EngineConfig withText(TextConfig t) {
        return new EngineConfig(dataDir, ingest, recommend, experiments, nlp, t, messaging, journeys, server);
    }

    public EngineConfig withMessaging(MessagingConfig m) {
        return new EngineConfig(dataDir, ingest, recommend, experiments, nlp, text, m, journeys, server);
    }

    public EngineConfig withJourneys(JourneyConfig j) {
        return new EngineConfig(dataDir, ingest, recommend, experiments, nlp, text, messaging, j, server);
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
        public IngestConfig {
            if (maxBatch < 1 || botMaxEvents < 1 || botWindowSeconds < 1) {
                throw new IllegalArgumentException("ingest.max_batch, bot_max_events and bot_window_seconds: expected"
                        + " >= 1, found " + maxBatch + ", " + botMaxEvents + " and " + botWindowSeconds);
            }
        }

        public static IngestConfig defaults() {
            return new IngestConfig(10_000, 100, 60);
        }
    }
}
