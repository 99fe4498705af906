package io.marketpilot.engine.profile;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.features.profile.ItemFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Item → (leaf category, brand) from the catalogue, cached; an upserted item replaces its entry. */
final class CatalogueFacts implements ItemFacts {
    private static final Facts UNKNOWN = new Facts(null, null);
    private final ItemStore items;
    private final Map<String, Facts> cache = new ConcurrentHashMap<>();

    CatalogueFacts(ItemStore items) {
        this.items = items;
    }

    @Override
    public Optional<Facts> of(ItemId item) {
        Facts f = cache.computeIfAbsent(item.value(), id -> items.get(item).map(CatalogueFacts::facts).orElse(UNKNOWN));
        return f == UNKNOWN ? Optional.empty() : Optional.of(f);
    }

    void changed(Item item) {
        cache.put(item.id().value(), facts(item));
    }

    private static Facts facts(Item item) {
        List<String> path = item.category();
        String leaf = path == null || path.isEmpty() ? null : path.get(path.size() - 1);
        String brand = item.brand() == null || item.brand().isBlank() ? null : item.brand();
        return new Facts(leaf, brand);
    }
}
