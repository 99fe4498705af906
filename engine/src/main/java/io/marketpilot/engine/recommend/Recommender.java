package io.marketpilot.engine.recommend;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.StoredModel;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.ItemStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves recommendations from the current co-purchase model and swaps in newly trained ones atomically.
 * Items that are unavailable or out of stock are never recommended (kept as an in-memory set, updated on
 * every catalogue upsert). Before any model is trained, answers are empty.
 */
public final class Recommender {
    private final AtomicReference<CoPurchaseModel> current = new AtomicReference<>();
    private final AtomicReference<String> currentName = new AtomicReference<>();
    private final Set<String> unsellable = ConcurrentHashMap.newKeySet();
    private final ModelStore models;
    private final CoPurchaseConfig config;
    private final Clock clock;
    private final String codeVersion;

    private Recommender(ModelStore models, CoPurchaseConfig config, Clock clock, String codeVersion) {
        this.models = models;
        this.config = config;
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    /** Loads the latest saved model (if any) and the catalogue's availability. */
    public static Recommender open(ModelStore models, ItemStore items, Clock clock, String codeVersion) {
        Recommender r = new Recommender(models, CoPurchaseConfig.defaults(), clock, codeVersion);
        items.forEach(r::catalogueChanged);
        models.latest(CoPurchaseTrainer.ALGORITHM).ifPresent(m -> {
            r.current.set(CoPurchaseFormat.read(m.bytes(), m.provenance()));
            r.currentName.set(m.name() + "@" + m.version());
        });
        return r;
    }

    /** Trains on the event log, saves the model as the next version, and serves it from now on. */
    public StoredModel train(EventLog log) {
        CoPurchaseModel model = new CoPurchaseTrainer(config, clock, codeVersion).train(log);
        StoredModel saved = models.save(CoPurchaseTrainer.ALGORITHM, CoPurchaseFormat.write(model), model.provenance());
        current.set(model);
        currentName.set(saved.name() + "@" + saved.version());
        return saved;
    }

    public void catalogueChanged(Item item) {
        if (item.sellable()) {
            unsellable.remove(item.id().value());
        } else {
            unsellable.add(item.id().value());
        }
    }

    public List<Recommendation> forHistory(List<Event> history, int n) {
        CoPurchaseModel m = current.get();
        return m == null ? List.of() : m.forHistory(history, n, this::sellable);
    }

    public List<Recommendation> similar(ItemId item, int n) {
        CoPurchaseModel m = current.get();
        return m == null ? List.of() : m.similar(item, n, this::sellable);
    }

    /** The serving model as {@code name@version}, e.g. {@code co-purchase@3}; empty before any training. */
    public Optional<String> modelName() {
        return Optional.ofNullable(currentName.get());
    }

    public Optional<CoPurchaseModel> model() {
        return Optional.ofNullable(current.get());
    }

    private boolean sellable(ItemId id) {
        return !unsellable.contains(id.value());
    }
}
