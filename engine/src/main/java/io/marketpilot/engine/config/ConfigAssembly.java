package io.marketpilot.engine.config;

import static io.marketpilot.engine.config.ConfigKeys.*;

import io.marketpilot.automation.channel.RetryPolicy;
import io.marketpilot.engine.channel.MessagingConfig;
import io.marketpilot.engine.journey.JourneyConfig;
import io.marketpilot.engine.text.TextConfig;
import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.copy.LlmConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the record tree from checked values, one section at a time. Rules that join several keys (the retry's first
 * wait at most its longest, an LLM endpoint needing a model) are reported at the section with the keys' places.
 */
final class ConfigAssembly {
    private final Values values;
    private final List<ConfigProblem> problems = new ArrayList<>();

    /** The checked value and origin of every key. */
    interface Values {
        <T> T get(ConfigKey<T> key);

        Origin origin(ConfigKey<?> key);
    }

    private ConfigAssembly(Values values) {
        this.values = values;
    }

    /** The record tree, or a {@link ConfigException} listing every rule the values break together. */
    static EngineConfig build(Path dataDir, Values v) {
        ConfigAssembly a = new ConfigAssembly(v);
        EngineConfig.IngestConfig ingest = a.section("ingest", () -> new EngineConfig.IngestConfig(
                v.get(INGEST_MAX_BATCH), v.get(INGEST_BOT_MAX_EVENTS), v.get(INGEST_BOT_WINDOW)), INGEST_MAX_BATCH);
        RecommendConfig recommend = a.section("recommend", () -> new RecommendConfig(v.get(REC_WEIGHTS),
                v.get(REC_MODELS), v.get(REC_MAX_HISTORY), v.get(REC_REPEAT), v.get(REC_GROUP_TRAITS),
                v.get(REC_PER_CATEGORY), v.get(REC_PER_BRAND), v.get(REC_PLACEMENTS), v.get(REC_RETRAIN).orElse(null),
                v.get(REC_TOLERANCE), v.get(REC_SEED), v.get(REC_EASE_MAX), v.get(REC_FULL_MAX)), REC_MODELS);
        EngineConfig.ExperimentsConfig experiments = a.section("experiments", () -> new EngineConfig.ExperimentsConfig(
                v.get(EXP_HOLDOUT), v.get(EXP_SALT)), EXP_HOLDOUT);
        NlpConfig nlp = a.section("nlp", () -> new NlpConfig(new NlpConfig.Encoder(v.get(ENC_VARIANT),
                v.get(ENC_MAX_TOKENS), v.get(ENC_BATCH), v.get(ENC_THREADS), v.get(ENC_CACHE), v.get(ENC_PARALLEL)),
                new AspectConfig(v.get(ASP_SIMILARITY), v.get(ASP_MARGIN), v.get(ASP_CLAUSES), v.get(ASP_MAX_TOKENS))),
                ASP_MAX_TOKENS);
        TextConfig text = a.section("text", () -> new TextConfig(v.get(TEXT_MAX_CODE_POINTS), v.get(TEXT_FAQ),
                a.llm()), LLM_ENDPOINT);
        boolean retryOk = v.get(RETRY_FIRST).compareTo(v.get(RETRY_LONGEST)) <= 0;
        if (!retryOk) {
            a.problem(RETRY_FIRST, "messaging.retry", "first_wait " + ValueTypes.durationText(v.get(RETRY_FIRST))
                    + " is longer than longest_wait " + ValueTypes.durationText(v.get(RETRY_LONGEST))
                    + " (set first_wait <= longest_wait; set at " + v.origin(RETRY_LONGEST).label() + ")");
        }
        MessagingConfig messaging = !retryOk ? null : a.section("messaging", () -> new MessagingConfig(new RetryPolicy(
                v.get(RETRY_ATTEMPTS), v.get(RETRY_FIRST), v.get(RETRY_LONGEST)), v.get(CAPS), v.get(QUIET_START),
                v.get(QUIET_END), v.get(SHOP_ZONE), v.get(RATE_LIMITS), v.get(PUBLIC_URL), v.get(POLL_EVERY)), CAPS);
        JourneyConfig journeys = a.section("journeys", () -> new JourneyConfig(v.get(SHOP_ZONE), v.get(JOURNEY_BATCH),
                v.get(JOURNEY_INTENTS), v.get(JOURNEY_TIMERS)), JOURNEY_BATCH);
        ServerSettings server = a.section("server", () -> new ServerSettings(v.get(SERVER_HOST), v.get(SERVER_PORT),
                v.get(SERVER_BODY), v.get(SERVER_SHUTDOWN)), SERVER_HOST);
        if (!a.problems.isEmpty()) {
            throw new ConfigException(a.problems);
        }
        return new EngineConfig(dataDir, ingest, recommend, experiments, nlp, text, messaging, journeys, server);
    }

    /** The optional LLM: none when the endpoint is empty; an endpoint needs a model. */
    private Optional<LlmConfig> llm() {
        String endpoint = values.get(LLM_ENDPOINT);
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        if (values.get(LLM_MODEL).isBlank()) {
            problem(LLM_ENDPOINT, LLM_MODEL.path(), "missing: text.copy_llm.endpoint is set, so name the model too"
                    + " (e.g. model: gpt-4o-mini), or set endpoint: \"\" to write copy from templates only");
            return Optional.empty();
        }
        return Optional.of(new LlmConfig(URI.create(endpoint), values.get(LLM_API_KEY), values.get(LLM_MODEL),
                values.get(LLM_TIMEOUT)));
    }

    private <T> T section(String path, Supplier<T> build, ConfigKey<?> placeOf) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            problem(placeOf, path, e.getMessage());
            return null;
        }
    }

    private void problem(ConfigKey<?> placeOf, String path, String message) {
        problems.add(new ConfigProblem(values.origin(placeOf), path, message));
    }
}
