package io.marketpilot.engine;

import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.model.StoredModel;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.BotPolicy;
import io.marketpilot.data.cleaning.CustomerCleaner;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.data.cleaning.ItemCleaner;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.experiments.ExperimentService;
import io.marketpilot.engine.imports.ImportJob;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.engine.ingest.EventIngestor;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.engine.ingest.RecordUpserter;
import io.marketpilot.engine.ingest.UpsertOutcome;
import io.marketpilot.engine.recommend.LiveRecommender;
import io.marketpilot.engine.recommend.ModelLifecycle;
import io.marketpilot.engine.recommend.Recommendation;
import io.marketpilot.engine.recommend.RecommendationList;
import io.marketpilot.engine.recommend.RecommendationRequest;
import io.marketpilot.engine.recommend.RetrainSchedule;
import io.marketpilot.engine.recommend.ShopModels;
import io.marketpilot.engine.recommend.TrainingOutcome;
import io.marketpilot.experiments.assignment.Holdout;
import io.marketpilot.experiments.assignment.SegmentDirectory;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The composition root: the whole flow — validate, clean, store, understand, decide — reads top to bottom
 * here as calls into the modules. Thread-safe; one per data directory (the stores refuse a second process).
 */
public final class Engine implements AutoCloseable {
    private final EngineConfig config;
    private final Clock clock;
    private final EmbeddedStores stores;
    private final EventIngestor events;
    private final RecordUpserter records;
    private final ImportJob imports;
    private final LiveRecommender recommender;
    private final ModelLifecycle models;
    private final ExperimentService experiments;
    private RetrainSchedule retraining;

    private Engine(EngineConfig config, Clock clock, EmbeddedStores stores) {
        this.config = config;
        this.clock = clock;
        this.stores = stores;
        this.recommender = new LiveRecommender(config.recommend(), clock, key -> customerByKey(stores, key));
        this.models = new ModelLifecycle(stores.models(), recommender, config.recommend(), clock,
                EngineVersion.current(), stores.events(), stores.items(), stores.customers());
        this.experiments = new ExperimentService(stores.experiments(), clock, this::ingestEvents, stores.events(),
                Holdout.NONE, SegmentDirectory.NONE);
        var ingest = config.ingest();
        BotDetector bots = EventIngestor.rememberBots(new BotDetector(new BotPolicy(ingest.botMaxEvents(),
                Duration.ofSeconds(ingest.botWindowSeconds()), 100_000)), stores.events());
        EventCleaner eventCleaner = new EventCleaner(clock);
        this.events = new EventIngestor(eventCleaner, bots, stores.events(), ingest.maxBatch(), (stored, newBots) -> {
            recommender.botsDetected(newBots);
            recommender.eventsStored(stored);
            experiments.eventsStored(stored);
        });
        this.records = new RecordUpserter(new ItemCleaner(), new CustomerCleaner(clock), stores.items(),
                stores.customers(), recommender::catalogueChanged, ingest.maxBatch());
        this.imports = new ImportJob(eventCleaner, bots, new ItemCleaner(), new CustomerCleaner(clock),
                stores.events(), records, config.dataDir());
        models.loadActive();
        experiments.open(stores.events()::scan);
    }

    private static Optional<Customer> customerByKey(EmbeddedStores stores, String actorKey) {
        return actorKey.startsWith(UserId.ANONYMOUS_PREFIX) ? Optional.empty()
                : stores.customers().get(UserId.of(actorKey));
    }

    /** Opens (creating if needed) the data directory's stores and loads the latest models. */
    public static Engine open(EngineConfig config, Clock clock) {
        EmbeddedStores stores = EmbeddedStores.open(config.dataDir(), clock);
        try {
            return new Engine(config, clock, stores);
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
    }

    /** Validates, cleans and durably appends one batch of wire events (JSON-like maps). */
    public IngestResult ingestEvents(List<? extends Map<String, Object>> batch) {
        return events.ingest(batch);
    }

    public UpsertOutcome upsertItems(List<? extends Map<String, Object>> batch) {
        return records.items(batch);
    }

    public UpsertOutcome upsertCustomers(List<? extends Map<String, Object>> batch) {
        return records.customers(batch);
    }

    public Optional<Item> item(ItemId id) {
        return stores.items().get(id);
    }

    public Optional<Customer> customer(UserId id) {
        return stores.customers().get(id);
    }

    public List<Event> recentEvents(UserId id, int limit) {
        return stores.events().recent(id, limit);
    }

    /** Streams stored events matching the query in timestamp order (exports, training, audits). */
    public void scanEvents(EventQuery query, Consumer<Event> sink) {
        stores.events().scan(query, sink);
    }

    /** Imports a file; {@code progress} receives (stage, done, total) — total is -1 when unknown. */
    public ImportReport importFile(ImportRequest request, ProgressSink progress) {
        return imports.run(request, progress);
    }

    /**
     * Trains the recommendation models on the stored events (bots excluded), saves them as the next registry
     * version, and serves them if the promotion gate allows; {@code progress} gets the fraction done.
     */
    public TrainingOutcome trainRecommendations(DoubleConsumer progress) {
        return models.train(progress);
    }

    public TrainingOutcome trainRecommendations() {
        return models.train(f -> { });
    }

    /** Recommendations for one request (customer, placement, context items, rules); full when the catalogue allows. */
    public RecommendationList recommend(RecommendationRequest request) {
        return recommender.recommend(request);
    }

    /** Home-page recommendations for a customer. */
    public List<Recommendation> recommendForUser(UserId user, int n) {
        return recommender.recommend(RecommendationRequest.home(user.value(), n)).items();
    }

    public RecommendationList similarItems(ItemId item, int n) {
        return recommender.similar(item.value(), n);
    }

    public RecommendationList boughtTogether(ItemId item, int n) {
        return recommender.boughtTogether(item.value(), n);
    }

    /** Recommendations for a customer seeded by one item: "because you viewed X". */
    public RecommendationList because(UserId user, ItemId item, int n) {
        return recommender.because(user.value(), item.value(), n);
    }

    /** The model answering recommendations as {@code name@version}; empty until one is trained. */
    public Optional<String> recommendationModel() {
        return recommender.modelName();
    }

    /** The recommendation models being served (memory reports walk them); empty until one is trained. */
    public Optional<ShopModels> servedRecommendationModels() {
        return recommender.models();
    }

    /**
     * Starts retraining the recommendation models every {@code recommend.retrainEvery} (when set) until the engine
     * closes. Servers call this; one-shot commands do not.
     */
    public synchronized void startScheduledRetraining() {
        Duration every = config.recommend().retrainEvery();
        if (every != null && retraining == null) {
            retraining = RetrainSchedule.start(models, every);
        }
    }

    /** The recommendation model registry: versions, activation, rollback. */
    public ModelLifecycle recommendationModels() {
        return models;
    }

    /** A/B experiments: definitions, assignment and exposure at decision time, reports. */
    public ExperimentService experiments() {
        return experiments;
    }

    /** The configuration the engine was opened with (the server reads the batch limit from it). */
    public EngineConfig config() {
        return config;
    }

    public EngineStats stats() {
        return new EngineStats(stores.events().stats(), stores.items().count(), stores.customers().count());
    }

    public ApiKeyStore apiKeys() {
        return stores.apiKeys();
    }

    /** The engine's clock: every "now" in the product comes from here. */
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (retraining != null) {
                retraining.close();
            }
        }
        try {
            experiments.close();
        } finally {
            stores.close();
        }
    }
}
