package io.marketpilot.engine.config;

import static io.marketpilot.engine.config.ValueTypes.bool;
import static io.marketpilot.engine.config.ValueTypes.decimal;
import static io.marketpilot.engine.config.ValueTypes.duration;
import static io.marketpilot.engine.config.ValueTypes.integer;
import static io.marketpilot.engine.config.ValueTypes.text;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.guard.FrequencyCap;
import io.marketpilot.automation.guard.RateLimitGuard;
import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.copy.LlmConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every key of {@code marketpilot.yaml}, registered here and only here, in the order of the reference file. Defaults
 * are read from the record tree's own defaults, so code and file cannot disagree; {@link ConfigAssembly} builds the
 * records back from the values.
 */
final class ConfigKeys {
    private static final List<ConfigKey<?>> ALL = new ArrayList<>();

    static final ConfigKey<Integer> INGEST_MAX_BATCH = key("ingest.max_batch", integer(1, 1_000_000),
            c -> c.ingest().maxBatch());
    static final ConfigKey<Integer> INGEST_BOT_MAX_EVENTS = key("ingest.bot_max_events", integer(1, 100_000_000),
            c -> c.ingest().botMaxEvents());
    static final ConfigKey<Integer> INGEST_BOT_WINDOW = key("ingest.bot_window_seconds", integer(1, 86_400 * 30),
            c -> c.ingest().botWindowSeconds());

    static final ConfigKey<Map<String, Float>> REC_WEIGHTS = key("recommend.event_weights",
            RecommendTypes.eventWeights(), c -> c.recommend().eventWeights());
    static final ConfigKey<List<String>> REC_MODELS = key("recommend.models", RecommendTypes.models(),
            c -> c.recommend().models());
    static final ConfigKey<Integer> REC_MAX_HISTORY = key("recommend.max_history", integer(1, 100_000),
            c -> c.recommend().maxHistory());
    static final ConfigKey<List<String>> REC_REPEAT = key("recommend.repeat_categories", ValueTypes.textList(0),
            c -> c.recommend().repeatCategories());
    static final ConfigKey<List<String>> REC_GROUP_TRAITS = key("recommend.group_traits", ValueTypes.textList(0),
            c -> c.recommend().groupTraits());
    static final ConfigKey<Integer> REC_PER_CATEGORY = key("recommend.max_per_category", integer(0, 1_000),
            c -> c.recommend().maxPerCategory());
    static final ConfigKey<Integer> REC_PER_BRAND = key("recommend.max_per_brand", integer(0, 1_000),
            c -> c.recommend().maxPerBrand());
    static final ConfigKey<Map<String, RecommendConfig.Placement>> REC_PLACEMENTS = key("recommend.placements",
            RecommendTypes.placements(), c -> c.recommend().placements());
    static final ConfigKey<Optional<Duration>> REC_RETRAIN = key("recommend.retrain_every",
            ValueTypes.optionalDuration(), c -> Optional.ofNullable(c.recommend().retrainEvery()));
    static final ConfigKey<Double> REC_TOLERANCE = key("recommend.promotion_tolerance", decimal(0, 1, true),
            c -> c.recommend().promotionTolerance());
    static final ConfigKey<Long> REC_SEED = key("recommend.seed", ValueTypes.wholeLong(Long.MIN_VALUE, Long.MAX_VALUE),
            c -> c.recommend().seed());
    static final ConfigKey<Integer> REC_EASE_MAX = key("recommend.auto_ease_max_items", integer(0, 100_000),
            c -> c.recommend().autoEaseMaxItems());
    static final ConfigKey<Integer> REC_FULL_MAX = key("recommend.full_scoring_max_items", integer(0, 100_000_000),
            c -> c.recommend().fullScoringMaxItems());

    static final ConfigKey<Double> EXP_HOLDOUT = key("experiments.holdout", decimal(0, 1, true),
            c -> c.experiments().holdout());
    static final ConfigKey<String> EXP_SALT = key("experiments.holdout_salt", text(false),
            c -> c.experiments().holdoutSalt());

    static final ConfigKey<EncoderVariant> ENC_VARIANT = key("nlp.encoder.variant",
            ValueTypes.choice(List.of(EncoderVariant.INT8, EncoderVariant.FP32)),
            c -> c.nlp().encoder().variant());
    static final ConfigKey<Integer> ENC_MAX_TOKENS = key("nlp.encoder.max_tokens", integer(0, 512),
            c -> c.nlp().encoder().maxTokens());
    static final ConfigKey<Integer> ENC_BATCH = key("nlp.encoder.batch_size", integer(1, 4_096),
            c -> c.nlp().encoder().batchSize());
    static final ConfigKey<Integer> ENC_THREADS = key("nlp.encoder.threads", integer(1, 256),
            c -> c.nlp().encoder().threads());
    static final ConfigKey<Integer> ENC_CACHE = key("nlp.encoder.cache_size", integer(0, 10_000_000),
            c -> c.nlp().encoder().cacheSize());
    static final ConfigKey<Boolean> ENC_PARALLEL = key("nlp.encoder.parallel_batches", bool(),
            c -> c.nlp().encoder().parallelBatches());
    static final ConfigKey<AspectConfig.ClauseEncoding> ASP_CLAUSES = key("nlp.aspects.clause_encoding",
            ValueTypes.choice(List.of(AspectConfig.ClauseEncoding.NONE, AspectConfig.ClauseEncoding.UNMATCHED,
                    AspectConfig.ClauseEncoding.ALL)),
            c -> c.nlp().aspects().clauseEncoding());
    static final ConfigKey<Integer> ASP_MAX_TOKENS = key("nlp.aspects.max_tokens", integer(0, 512),
            c -> c.nlp().aspects().maxTokens());
    static final ConfigKey<Double> ASP_SIMILARITY = key("nlp.aspects.min_similarity", decimal(-1, 1, false),
            c -> c.nlp().aspects().minSimilarity());
    static final ConfigKey<Double> ASP_MARGIN = key("nlp.aspects.min_margin", decimal(0, 2, false),
            c -> c.nlp().aspects().minMargin());

    static final ConfigKey<Integer> TEXT_MAX_CODE_POINTS = key("text.max_code_points", integer(1, 10_000_000),
            c -> c.text().maxCodePoints());
    static final ConfigKey<Double> TEXT_FAQ = key("text.faq_threshold", decimal(-1, 1, false),
            c -> c.text().faqThreshold());
    static final ConfigKey<String> LLM_ENDPOINT = key("text.copy_llm.endpoint", ValueTypes.httpUrl(true),
            c -> c.text().copyLlm().map(l -> l.endpoint().toString()).orElse(""));
    static final ConfigKey<String> LLM_API_KEY = add(new ConfigKey<>("text.copy_llm.api_key", text(true),
            c -> c.text().copyLlm().map(LlmConfig::apiKey).orElse(""), true));
    static final ConfigKey<String> LLM_MODEL = key("text.copy_llm.model", text(true),
            c -> c.text().copyLlm().map(LlmConfig::model).orElse(""));
    static final ConfigKey<Duration> LLM_TIMEOUT = key("text.copy_llm.timeout", duration(),
            c -> c.text().copyLlm().map(LlmConfig::timeout).orElse(Duration.ofSeconds(20)));

    static final ConfigKey<ZoneId> SHOP_ZONE = key("shop.time_zone", ValueTypes.zone(),
            c -> c.messaging().shopZone());

    static final ConfigKey<Integer> RETRY_ATTEMPTS = key("messaging.retry.max_attempts", integer(1, 100),
            c -> c.messaging().retry().maxAttempts());
    static final ConfigKey<Duration> RETRY_FIRST = key("messaging.retry.first_wait", duration(),
            c -> c.messaging().retry().first());
    static final ConfigKey<Duration> RETRY_LONGEST = key("messaging.retry.longest_wait", duration(),
            c -> c.messaging().retry().longest());
    static final ConfigKey<List<FrequencyCap>> CAPS = key("messaging.caps", GuardTypes.caps(),
            c -> c.messaging().caps());
    static final ConfigKey<LocalTime> QUIET_START = key("messaging.quiet_hours.start", ValueTypes.timeOfDay(),
            c -> c.messaging().quietStart());
    static final ConfigKey<LocalTime> QUIET_END = key("messaging.quiet_hours.end", ValueTypes.timeOfDay(),
            c -> c.messaging().quietEnd());
    static final ConfigKey<Map<ChannelName, RateLimitGuard.Limit>> RATE_LIMITS = key("messaging.rate_limits",
            GuardTypes.rateLimits(), c -> c.messaging().rateLimits());
    static final ConfigKey<String> PUBLIC_URL = key("messaging.public_base_url", ValueTypes.httpUrl(false),
            c -> c.messaging().publicBaseUrl());
    static final ConfigKey<Duration> POLL_EVERY = key("messaging.poll_every", duration(),
            c -> c.messaging().pollEvery());

    static final ConfigKey<Integer> JOURNEY_BATCH = key("journeys.batch", integer(1, 1_000_000),
            c -> c.journeys().batch());
    static final ConfigKey<Integer> JOURNEY_INTENTS = key("journeys.intent_batch", integer(1, 1_000_000),
            c -> c.journeys().intentBatch());
    static final ConfigKey<Duration> JOURNEY_TIMERS = key("journeys.timer_every", duration(),
            c -> c.journeys().timerEvery());

    static final ConfigKey<String> SERVER_HOST = key("server.host", text(false), c -> c.server().host());
    static final ConfigKey<Integer> SERVER_PORT = key("server.port", integer(0, 65_535), c -> c.server().port());
    static final ConfigKey<Long> SERVER_BODY = key("server.max_body_bytes", ValueTypes.wholeLong(1_024,
            Integer.MAX_VALUE), c -> c.server().maxBodyBytes());
    static final ConfigKey<Duration> SERVER_SHUTDOWN = key("server.shutdown_timeout", duration(),
            c -> c.server().shutdownTimeout());

    private ConfigKeys() {
    }

    private static <T> ConfigKey<T> key(String path, ValueType<T> type, Function<EngineConfig, T> get) {
        return add(new ConfigKey<>(path, type, get, false));
    }

    private static <T> ConfigKey<T> add(ConfigKey<T> k) {
        ALL.add(k);
        return k;
    }

    /** Every key, in file order. */
    static List<ConfigKey<?>> all() {
        return List.copyOf(ALL);
    }

    /** Every key by path. */
    static Map<String, ConfigKey<?>> byPath() {
        Map<String, ConfigKey<?>> m = new LinkedHashMap<>();
        ALL.forEach(k -> m.put(k.path(), k));
        return m;
    }
}
