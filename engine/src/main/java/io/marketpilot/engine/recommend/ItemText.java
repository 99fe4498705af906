package io.marketpilot.engine.recommend;

import io.marketpilot.core.catalog.Item;

/** The text content models read about an item: titles in every language, brand, category path, tags, description. */
final class ItemText {
    private ItemText() {}

    static String of(Item item) {
        StringBuilder b = new StringBuilder(item.title());
        item.titles().values().forEach(t -> b.append(' ').append(t));
        if (item.brand() != null) {
            b.append(' ').append(item.brand());
        }
        item.category().forEach(c -> b.append(' ').append(c));
        item.tags().forEach(t -> b.append(' ').append(t));
        if (item.description() != null) {
            b.append(' ').append(item.description());
        }
        return b.toString();
    }
}
