package io.marketpilot.engine.segment;

import io.marketpilot.automation.segment.ItemCategories;
import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.store.ItemStore;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/** Every level of each item's category path, read from the catalogue and cached until the item changes. */
final class CatalogueCategories implements ItemCategories {
    private static final int MAX_CACHED = 200_000;
    private final ItemStore items;
    private final ConcurrentHashMap<String, Set<String>> cache = new ConcurrentHashMap<>();

    CatalogueCategories(ItemStore items) {
        this.items = items;
    }

    @Override
    public Set<String> of(String itemId) {
        Set<String> hit = cache.get(itemId);
        if (hit != null) {
            return hit;
        }
        Set<String> read = items.get(ItemId.of(itemId)).map(i -> Set.copyOf(i.category())).orElse(Set.of());
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(itemId, read);
        return read;
    }

    @Override
    public void forEachItem(BiConsumer<String, Set<String>> sink) {
        items.forEach(i -> sink.accept(i.id().value(), Set.copyOf(i.category())));
    }

    void changed(Item item) {
        cache.remove(item.id().value());
    }
}
