package io.marketpilot.engine.journey;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every level of each item's category path, read from the catalogue once and kept until the item changes
 * ({@link JourneyService#catalogueChanged}); event matches ask for it on every event, which without the cache was
 * one catalogue read per event and match. Bounded: emptied when it holds {@link #MAX} items.
 */
final class CategoryCache implements Function<String, Set<String>> {
    static final int MAX = 200_000;
    private final Function<String, Set<String>> catalogue;
    private final ConcurrentHashMap<String, Set<String>> cache = new ConcurrentHashMap<>();

    CategoryCache(Function<String, Set<String>> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Set<String> apply(String itemId) {
        Set<String> hit = cache.get(itemId);
        if (hit != null) {
            return hit;
        }
        Set<String> read = catalogue.apply(itemId);
        if (cache.size() >= MAX) {
            cache.clear();
        }
        cache.put(itemId, read);
        return read;
    }

    void changed(String itemId) {
        cache.remove(itemId);
    }
}
