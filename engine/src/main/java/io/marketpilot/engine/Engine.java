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
import io.marketpilot.engine.channel.MessagingService;
import io.marketpilot.engine.channel.RecommendedItems;
import io.marketpilot.engine.channel.TrackingSecret;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.experiments.ExperimentService;
import io.marketpilot.engine.experiments.RecommendationVariants;
import io.marketpilot.engine.coupon.CouponService;
import io.marketpilot.engine.coupon.SqliteCouponLedger;
import io.marketpilot.engine.state.StateDatabase;
import io.marketpilot.engine.uplift.UpliftService;
import io.marketpilot.engine.imports.ImportJob;
import io.marketpilot.engine.journey.JourneyPorts;
import io.marketpilot.engine.journey.JourneyService;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.engine.ingest.EventIngestor;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.engine.ingest.RecordUpserter;
import io.marketpilot.engine.ingest.UpsertOutcome;
import io.marketpilot.engine.profile.ProfileService;
import io.marketpilot.engine.insight.AnalysedReviewSignals;
import io.marketpilot.engine.insight.ItemEmbeddings;
import io.marketpilot.engine.insight.NlpRuntime;
import io.marketpilot.engine.insight.ReviewInsights;
import io.marketpilot.engine.recommend.LiveRecommender;
import io.marketpilot.engine.recommend.ModelLifecycle;
import io.marketpilot.engine.recommend.Recommendation;
import io.marketpilot.engine.recommend.RecommendationList;
import io.marketpilot.engine.recommend.RecommendationRequest;
import io.marketpilot.engine.recommend.RetrainSchedule;
import io.marketpilot.engine.recommend.ShopModels;
import io.marketpilot.engine.recommend.TrainingOutcome;
import io.marketpilot.experiments.assignment.Holdout;
import io.marketpilot.engine.segment.SegmentService;
import io.marketpilot.engine.text.TextService;
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
    private final RecommendationVariants recommendationVariants;
    private final ProfileService profiles;
    private final SegmentService segments;
    private final TextService text;
    private final NlpRuntime nlp;
    private final ReviewInsights reviews;
    private final ItemEmbeddings itemEmbeddings;
    private RetrainSchedule retraining;
    private final StateDatabase automationState;
    private final CouponService coupons;
    private final MessagingService messaging;
    private final UpliftService uplift;
    private final JourneyService journeys;

    private Engine(EngineConfig config, Clock clock, EmbeddedStores stores) {
        this.config = config;
        this.clock = clock;
        this.stores = stores;
        this.recommender = new LiveRecommender(config.recommend(), clock, key -> customerByKey(stores, key));
        this.models = new ModelLifecycle(stores.models(), recommender, config.recommend(), clock,
                EngineVersion.current(), stores.events(), stores.items(), stores.customers());
        this.experiments = new ExperimentService(stores.experiments(), clock, this::ingestEvents, stores.events(),
                new Holdout(config.experiments().holdoutSalt(), config.experiments().holdout()),
                segment -> unit -> inSegment(segment, unit));
        this.recommendationVariants = new RecommendationVariants(experiments);
        this.profiles = new ProfileService(clock, stores.events(), stores.items(), stores.customers(),
                EngineVersion.current());
        var ingest = config.ingest();
        BotDetector bots = EventIngestor.rememberBots(new BotDetector(new BotPolicy(ingest.botMaxEvents(),
                Duration.ofSeconds(ingest.botWindowSeconds()), 100_000)), stores.events());
        EventCleaner eventCleaner = new EventCleaner(clock);
        this.automationState = StateDatabase.open(config.dataDir().resolve(EmbeddedStores.STATE_FILE));
        this.coupons = new CouponService(new SqliteCouponLedger(automationState, clock), clock, stores.items(),
                stores.events());
        this.messaging = new MessagingService(automationState, config.messaging(), clock,
                TrackingSecret.load(config.dataDir()), stores.customers()::get,
                RecommendedItems.from(recommender, stores.items()), stores.events()::append);
        this.nlp = new NlpRuntime(config.dataDir().resolve("cache").resolve("nlp"), config.nlp());
        // one encoder for the whole engine, with the sentiment and intent heads shipped for its variant
        this.text = new TextService(stores.items(), stores.faq(), config.text(), nlp::models);
        this.uplift = new UpliftService(stores.models(), clock, EngineVersion.current());
        this.segments = new SegmentService(stores.events(), stores.segments(), stores.customers(), stores.items(), clock,
                profiles::attributes);
        profiles.useSegments(key -> key.startsWith(UserId.ANONYMOUS_PREFIX) ? List.of()
                : segments.segmentsOf(UserId.of(key)));
        this.journeys = new JourneyService(automationState, config.journeys(), clock, JourneyPorts.of(stores,
                profiles::attributes, segments, messaging, coupons, this::upsertCustomers,
                TrackingSecret.load(config.dataDir()), uplift::predictedUplift));
        segments.listen("journeys", journeys::membershipsChanged); // a cursor: no change lost in a crash
        this.events = new EventIngestor(eventCleaner, bots, stores.events(), ingest.maxBatch(), (stored, newBots) -> {
            recommender.botsDetected(newBots);
            recommender.eventsStored(stored);
            experiments.eventsStored(stored);
            coupons.eventsStored(stored);
            profiles.eventsStored(stored);
            segments.eventsStored(stored);
            journeys.eventsStored(stored);
        });
        this.records = new RecordUpserter(new ItemCleaner(), new CustomerCleaner(clock), stores.items(),
                stores.customers(), item -> {
                    recommender.catalogueChanged(item);
                    profiles.catalogueChanged(item);
                    segments.catalogueChanged(item);
                    journeys.catalogueChanged(item);
                    text.catalogueChanged();
                }, ingest.maxBatch());
        this.imports = new ImportJob(eventCleaner, bots, new ItemCleaner(), new CustomerCleaner(clock),
                stores.events(), records, config.dataDir());
        this.reviews = new ReviewInsights(nlp, config.dataDir().resolve("nlp").resolve("reviews.v1"), stores.events(),
                clock, events::ingest);
        this.itemEmbeddings = new ItemEmbeddings(nlp, stores.items());
        text.useReviewSignals(new AnalysedReviewSignals(nlp, reviews));
        models.loadActive();
        experiments.open(stores.events()::scan);
        segments.start(Duration.ofSeconds(1));
    }

    private boolean inSegment(String segment, String actorKey) {
        return segments.isMember(segment, actorKey);
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
        return segments.duringIngest(() -> events.ingest(batch));
    }

    public UpsertOutcome upsertItems(List<? extends Map<String, Object>> batch) {
        return records.items(batch);
    }

    public UpsertOutcome upsertCustomers(List<? extends Map<String, Object>> batch) {
        UpsertOutcome outcome = records.customers(batch);
        segments.customersUpserted(batch);
        return outcome;
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
        ImportReport report = imports.run(request, progress);
        // redemptions (codes on imported purchases) first, so the rebuilds below see their coupon_redeemed events
        report = report.withCouponsRedeemed(coupons.eventsImported(report.couponPurchases()));
        profiles.invalidate(); // bulk loads bypass the live path: profiles are rebuilt from the log on next use
        segments.importFinished(); // bulk loads bypass the per-event path
        if (request.kind() == ImportKind.EVENTS) {
            experiments.flushExposures(); // imported outcomes reach running experiments: their ledgers are rebuilt
            experiments.open(stores.events()::scan);
            journeys.eventsImported(); // inactivity deadlines from the imported purchases; no event triggers fire
        }
        return report;
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
        RecommendationVariants.Decided decided = recommendationVariants.decide(request);
        return recommender.recommend(decided.request(), decided.personal());
    }

    /** Home-page recommendations for a customer. */
    public List<Recommendation> recommendForUser(UserId user, int n) {
        return recommend(RecommendationRequest.home(user.value(), n)).items();
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

    /** Live customer profiles: traits, computed attributes, segments, consent, identity merges, segment discovery. */
    public ProfileService profiles() {
        return profiles;
    }

    /** Reviews: submit (stored as review events, analysed on arrival) and per-item insights. */
    public ReviewInsights reviews() {
        return reviews;
    }

    /** Dense content embeddings of items; {@code source()} plugs them into the content recommender. */
    public ItemEmbeddings itemEmbeddings() {
        return itemEmbeddings;
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

    /** Coupons: definitions, issuance (recorded as events), lookup; redemptions are recognised on ingest. */
    public CouponService coupons() {
        return coupons;
    }

    /** Channels, the outbox and its delivery loop ({@link MessagingService#start}), tracking. */
    public MessagingService messaging() {
        return messaging;
    }

    /** Who should get an offer: the served uplift model, training, predicted uplift and the threshold filter. */
    public UpliftService uplift() {
        return uplift;
    }

    /** Segments: create, preview, list, members; kept current on every ingested event. */
    public SegmentService segments() {
        return segments;
    }

    /** The segments the customer is in now (the profile endpoint shows them). */
    public List<String> segmentsOf(UserId user) {
        return segments.segmentsOf(user);
    }

    /** Journeys: versioned definitions, triggers, durable runs and timers, exactly-once actions, reports. */
    public JourneyService journeys() {
        return journeys;
    }

    /** Text understanding: analyse, answer questions, the FAQ, item copy. */
    public TextService text() {
        return text;
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
            journeys.close();
            experiments.close();
            segments.close();
            text.close();
            nlp.close();
            messaging.close();
            automationState.close();
        } finally {
            stores.close();
        }
    }
}
