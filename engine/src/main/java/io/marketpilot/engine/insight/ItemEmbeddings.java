package io.marketpilot.engine.insight;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.recommend.content.ItemVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dense content embeddings of catalogue items (title, other-language titles, brand, category path, tags,
 * description), kept per item id and recomputed only when the item's text changes. Recommendation reads them through
 * {@link #source()}, the content recommender's {@link ItemVectors.Source} hook: an item without interactions still
 * gets neighbours (similar items, cold start). Thread-safe.
 */
public final class ItemEmbeddings {
    private static final int BATCH = 256;

    private final NlpRuntime nlp;
    private final ItemStore items;
    private final Map<String, Entry> cache = new HashMap<>();

    private record Entry(String text, float[] vector) {
    }

    public ItemEmbeddings(NlpRuntime nlp, ItemStore items) {
        this.nlp = nlp;
        this.items = items;
    }

    /** The text an item is embedded from. */
    static String textOf(Item item) {
        StringBuilder b = new StringBuilder(item.title());
        item.titles().values().forEach(t -> b.append(' ').append(t));
        if (item.brand() != null) {
            b.append(' ').append(item.brand());
        }
        if (!item.category().isEmpty()) {
            b.append(' ').append(String.join(" > ", item.category()));
        }
        item.tags().forEach(t -> b.append(' ').append(t));
        if (item.description() != null) {
            b.append(' ').append(item.description());
        }
        return b.toString();
    }

    /** The unit-length embedding of a stored item; empty when the catalogue does not have it. */
    public Optional<float[]> of(ItemId id) {
        return items.get(id).map(item -> vectors(List.of(item)).get(item.id().value()).clone());
    }

    /** Embeddings of the given items by id (encoding only new or changed texts, in batches). */
    public synchronized Map<String, float[]> vectors(List<Item> catalogue) {
        List<Item> stale = new ArrayList<>();
        for (Item item : catalogue) {
            Entry e = cache.get(item.id().value());
            if (e == null || !e.text().equals(textOf(item))) {
                stale.add(item);
            }
        }
        for (int from = 0; from < stale.size(); from += BATCH) {
            List<Item> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
            List<String> texts = batch.stream().map(ItemEmbeddings::textOf).toList();
            List<float[]> vs = nlp.encoder().encodeAll(texts);
            for (int i = 0; i < batch.size(); i++) {
                cache.put(batch.get(i).id().value(), new Entry(texts.get(i), vs.get(i)));
            }
        }
        Map<String, float[]> out = new HashMap<>();
        for (Item item : catalogue) {
            out.put(item.id().value(), cache.get(item.id().value()).vector());
        }
        return out;
    }

    /** Dense vectors (dims 0..d-1) of the training data's items; items missing from the catalogue have none. */
    public ItemVectors.Source source() {
        return (data, config) -> {
            List<Item> known = new ArrayList<>();
            for (int i = 0; i < data.itemCount(); i++) {
                items.get(new ItemId(data.items().id(i))).ifPresent(known::add);
            }
            Map<String, float[]> vectors = vectors(known);
            int dim = nlp.encoder().dimension();
            int[] all = new int[dim];
            for (int d = 0; d < dim; d++) {
                all[d] = d;
            }
            float[][] rows = new float[data.itemCount()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = vectors.get(data.items().id(i));
            }
            return new ItemVectors() {
                @Override
                public int itemCount() {
                    return rows.length;
                }

                @Override
                public int[] dims(int item) {
                    return rows[item] == null ? new int[0] : all;
                }

                @Override
                public float[] values(int item) {
                    return rows[item] == null ? new float[0] : rows[item];
                }
            };
        };
    }
}
