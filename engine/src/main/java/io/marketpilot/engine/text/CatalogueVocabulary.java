package io.marketpilot.engine.text;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.nlp.entity.CatalogueDictionary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue's entity dictionary and brand set, rebuilt from the item store on the first use after the
 * catalogue changed (a batch upsert marks it stale once, however many items it holds).
 */
final class CatalogueVocabulary {
    private final ItemStore items;
    private volatile boolean stale = true;
    private volatile CatalogueDictionary dictionary = CatalogueDictionary.empty();
    private volatile Set<String> brands = Set.of();

    CatalogueVocabulary(ItemStore items) {
        this.items = items;
    }

    void changed() {
        stale = true;
    }

    CatalogueDictionary dictionary() {
        refresh();
        return dictionary;
    }

    Set<String> brands() {
        refresh();
        return brands;
    }

    private void refresh() {
        if (!stale) {
            return;
        }
        synchronized (this) {
            if (!stale) {
                return;
            }
            stale = false; // set first: a change during the rebuild marks it stale again
            List<Item> all = new ArrayList<>();
            items.forEach(all::add);
            Set<String> b = new LinkedHashSet<>();
            all.forEach(i -> {
                if (i.brand() != null && !i.brand().isBlank()) {
                    b.add(i.brand().strip());
                }
            });
            dictionary = CatalogueDictionary.of(all);
            brands = Set.copyOf(b);
        }
    }
}
