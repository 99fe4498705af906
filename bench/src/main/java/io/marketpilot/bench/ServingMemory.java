package io.marketpilot.bench;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.recommend.ShopModels;
import io.marketpilot.recommend.als.IalsModel;
import io.marketpilot.recommend.hybrid.HybridModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Memory of recommendation serving: live heap before and after opening the engine (full GCs), and the parts walked
 * by {@link Footprint}. Per customer: the customer-side model arrays (customer dictionary, history and purchase
 * matrices, trending's pair times, iALS user vectors and keys) over customers. Per item: the item-side model arrays
 * (item dictionary, item factors, neighbour lists, …) plus what the live recommender holds beside the models (the
 * catalogue's items and rule postings, the retrieval index, trending by minute) over items. The event store's
 * in-memory index of event ids (for idempotent ingestion, not recommendations) is reported on its own, per event.
 */
final class ServingMemory {
    private ServingMemory() {}

    static Map<String, Object> report(Engine engine, double heapBeforeMb, int customerCount, int itemCount)
            throws ReflectiveOperationException {
        Map<String, Object> m = Report.object();
        double heapAfter = ProcessStats.heapLiveMb();
        m.put("heap_live_before_open_mb", Math.round(heapBeforeMb));
        m.put("heap_live_after_open_mb", Math.round(heapAfter));
        m.put("engine_heap_mb", Math.round(heapAfter - heapBeforeMb));
        ShopModels models = engine.servedRecommendationModels().orElseThrow();
        Footprint f = new Footprint();
        Map<String, Object> parts = Report.object();
        long items = part(parts, "item_dictionary", f.of(models.items()));
        long customers = part(parts, "customer_dictionary", f.of(models.users()));
        customers += part(parts, "history_matrix", f.of(models.history()));
        customers += part(parts, "purchase_matrix", f.of(models.purchased()));
        customers += part(parts, "trending_pair_times", f.of(models.trending()));
        for (ShopModels.Component c : models.components().values()) {
            for (Object inner : parts(c.model())) {
                customers += userVectors(f, inner, parts);
            }
        }
        for (var e : new TreeMap<>(models.components()).entrySet()) {
            items += part(parts, "component_" + e.getKey() + "_" + e.getValue().algorithm(),
                f.of(e.getValue().model()));
        }
        items += part(parts, "group_popularity", f.of(models.groups()));
        long modelBytes = items + customers;
        long eventStore = part(parts, "event_store_id_index", f.of(((io.marketpilot.store.embedded.EmbeddedStores)
            field(engine, "stores")).events()));
        long serving = part(parts, "live_recommender_beside_models", f.of(field(engine, "recommender")));
        items += serving;
        long engineBytes = Math.round((heapAfter - heapBeforeMb) * 1048576);
        part(parts, "rest_of_engine", Math.max(0, engineBytes - modelBytes - eventStore - serving));
        m.put("models_mb", mb(modelBytes));
        m.put("parts_mb", parts);
        m.put("bytes_per_customer", Math.round(customers / (double) customerCount));
        m.put("bytes_per_item", Math.round(items / (double) itemCount));
        m.put("event_store_bytes_per_event", Math.round(eventStore / (double) engine.stats().events().total()));
        m.put("method", "objects walked reflectively (Footprint): per customer = customer-side model arrays / "
            + "customers; per item = item-side model arrays + the live recommender's catalogue, index and caches / "
            + "items; rest_of_engine = measured live-heap delta - all walked parts");
        return m;
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    /** The model itself, or a hybrid's components. */
    private static List<Object> parts(Object model) {
        if (model instanceof HybridModel h) {
            return h.components().stream().map(c -> (Object) c.model()).toList();
        }
        return List.of(model);
    }

    /** An iALS model's per-user arrays ({@code userFactors}, {@code userKeys}), the customers' part of it. */
    private static long userVectors(Footprint f, Object model, Map<String, Object> parts)
            throws ReflectiveOperationException {
        if (!(model instanceof IalsModel)) {
            return 0;
        }
        long bytes = 0;
        for (String name : List.of("userFactors", "userKeys")) {
            java.lang.reflect.Field field = IalsModel.class.getDeclaredField(name);
            field.setAccessible(true);
            bytes += f.of(field.get(model));
        }
        return part(parts, "ials_user_vectors", bytes);
    }

    private static long part(Map<String, Object> parts, String name, long bytes) {
        if (bytes > 0) {
            parts.merge(name, mb(bytes), (a, b) -> Report.round((Double) a + (Double) b, 1));
        }
        return bytes;
    }

    private static double mb(long bytes) {
        return Report.round(bytes / 1048576.0, 1);
    }
}
