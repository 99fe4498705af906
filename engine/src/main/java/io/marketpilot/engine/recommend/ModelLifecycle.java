package io.marketpilot.engine.recommend;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.core.model.StoredModel;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.engine.config.RecommendConfig;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.registry.StandardAlgorithms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * The recommendation models' life: train on the stored events, save the result as the next registry version, let
 * the {@link PromotionGate} decide whether it replaces the active version, hot-swap it into serving when it does;
 * load the active version at start (replaying events stored after its training into live state); roll back to the
 * previously active version, or activate a chosen one. One training at a time.
 */
public final class ModelLifecycle {
    public static final String NAME = ShopModelsFormat.NAME;
    private static final int REPLAY_BATCH = 10_000;

    private final ModelStore registry;
    private final LiveRecommender live;
    private final RecommendConfig config;
    private final Clock clock;
    private final String codeVersion;
    private final EventLog events;
    private final ItemStore items;
    private final CustomerStore customers;
    private final PromotionGate gate;

    public ModelLifecycle(ModelStore registry, LiveRecommender live, RecommendConfig config, Clock clock,
                          String codeVersion, EventLog events, ItemStore items, CustomerStore customers) {
        this.registry = registry;
        this.live = live;
        this.config = config;
        this.clock = clock;
        this.codeVersion = codeVersion;
        this.events = events;
        this.items = items;
        this.customers = customers;
        this.gate = new PromotionGate(config.promotionTolerance());
    }

    /** Serves the active version (or, in a registry that never activated one, the latest) and catches up. */
    public void loadActive() {
        items.forEach(live::catalogueChanged);
        Optional<StoredModel> stored = registry.active(NAME).or(() -> registry.latest(NAME));
        stored.ifPresent(m -> live.swap(format(id -> null).read(m.bytes()), m.version()));
        live.servedUpTo().ifPresent(this::replaySince);
    }

    /** Trains, saves, and promotes when the gate allows. */
    public synchronized TrainingOutcome train(DoubleConsumer progress) {
        long start = System.nanoTime();
        Map<String, String> texts = itemTexts();
        InteractionLog log = TrainingLog.read(events, items);
        if (log.size() == 0) {
            throw new IllegalStateException("there are no events with items to train on: import or send events first");
        }
        Algorithms algorithms = StandardAlgorithms.create(texts::get, config.blendFor(log.items().size()));
        TrainContext ctx = new TrainContext(config.seed(), Runtime.getRuntime().availableProcessors(), progress,
            codeVersion, clock.instant());
        ShopModels models = new ShopModelsTrainer(config, algorithms, ctx).train(log, customers, progress);
        Optional<StoredModel> active = registry.active(NAME);
        StoredModel saved = registry.save(NAME, format(texts::get).write(models), models.provenance());
        PromotionGate.Decision decision = gate.decide(models.provenance(), active.map(StoredModel::provenance));
        if (decision.promote()) {
            registry.activate(NAME, saved.version(), decision.reason());
            live.swap(models, saved.version());
        } else {
            registry.markCandidate(NAME, saved.version(), decision.reason());
        }
        return new TrainingOutcome(NAME, saved.version(), decision.promote(), decision.reason(), models.provenance(),
            Duration.ofNanos(System.nanoTime() - start));
    }

    /** Serves {@code version} (a candidate, or an older version) from now on. */
    public synchronized StoredModel activate(long version, String reason) {
        StoredModel m = registry.get(NAME, version).orElseThrow(() -> new IllegalArgumentException(
            "no " + NAME + " model version " + version + "; saved versions: "
                + versions().stream().map(ModelVersion::version).toList()));
        ShopModels models = format(id -> null).read(m.bytes());
        registry.activate(NAME, version, reason);
        live.swap(models, version);
        replaySince(live.servedUpTo().orElse(Long.MIN_VALUE));
        return m;
    }

    /** Goes back to the version that was active before the current one. */
    public synchronized StoredModel rollback() {
        var history = registry.activations(NAME);
        if (history.isEmpty() || history.get(0).previous().isEmpty()) {
            throw new IllegalStateException("nothing to roll back to: no " + NAME + " version was active before "
                + "the current one");
        }
        long previous = history.get(0).previous().getAsLong();
        return activate(previous, "rollback from version " + history.get(0).version());
    }

    /** Every saved version, newest first, without bytes. */
    public List<ModelVersion> versions() {
        return registry.list().stream().filter(m -> m.name().equals(NAME))
            .sorted((a, b) -> Long.compare(b.version(), a.version())).toList();
    }

    private ShopModelsFormat format(java.util.function.Function<String, String> texts) {
        return new ShopModelsFormat(StandardAlgorithms.create(texts, config.models()));
    }

    private Map<String, String> itemTexts() {
        Map<String, String> texts = new HashMap<>();
        items.forEach((Item i) -> texts.put(i.id().value(), ItemText.of(i)));
        return texts;
    }

    /** Events stored after the served models' training feed live state, as if they had just been ingested. */
    private void replaySince(long millis) {
        List<Event> batch = new ArrayList<>(REPLAY_BATCH);
        Instant from = millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis + 1);
        events.scan(new EventQuery(java.util.Set.of(), from, null, false), e -> {
            batch.add(e);
            if (batch.size() == REPLAY_BATCH) {
                live.eventsStored(batch);
                batch.clear();
            }
        });
        live.eventsStored(batch);
    }
}
