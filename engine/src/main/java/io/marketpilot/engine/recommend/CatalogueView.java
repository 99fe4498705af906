package io.marketpilot.engine.recommend;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.recommend.data.IdDictionary;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue as the serving models index it: for every item index of the trained dictionary, the stored item
 * (or null when unknown to the catalogue), whether it can be sold, its price, and posting lists (bit sets of item
 * indices) per field value for rules: {@code category} (every level of the path), {@code brand}, {@code tag},
 * {@code item}. Values are matched case-insensitively. Immutable; rebuilt when the catalogue changes.
 */
final class CatalogueView {
    static final String CATEGORY = "category";
    static final String BRAND = "brand";
    static final String TAG = "tag";

    private final IdDictionary items;
    private final Item[] byIndex;
    private final BitSet sellable;
    private final BitSet inStock;
    private final float[] price;
    private final Map<String, Map<String, BitSet>> postings;

    private CatalogueView(IdDictionary items, Item[] byIndex) {
        this.items = items;
        this.byIndex = byIndex;
        int n = byIndex.length;
        this.sellable = new BitSet(n);
        this.inStock = new BitSet(n);
        this.price = new float[n];
        this.postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Item item = byIndex[i];
            price[i] = item == null || item.price() == null ? Float.NaN : item.price().floatValue();
            if (item == null) {
                continue;
            }
            if (item.sellable()) {
                sellable.set(i);
            }
            if (item.stock() == null || item.stock() > 0) {
                inStock.set(i);
            }
            for (String level : item.category()) {
                post(CATEGORY, level, i);
            }
            if (item.brand() != null) {
                post(BRAND, item.brand(), i);
            }
            for (String tag : item.tags()) {
                post(TAG, tag, i);
            }
        }
    }

    static CatalogueView of(IdDictionary items, Map<String, Item> catalogue) {
        Item[] byIndex = new Item[items.size()];
        for (int i = 0; i < byIndex.length; i++) {
            byIndex[i] = catalogue.get(items.id(i));
        }
        return new CatalogueView(items, byIndex);
    }

    private void post(String field, String value, int i) {
        postings.computeIfAbsent(field, f -> new HashMap<>())
            .computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> new BitSet(byIndex.length)).set(i);
    }

    int size() {
        return byIndex.length;
    }

    IdDictionary dictionary() {
        return items;
    }

    /** The stored item at {@code index}, or null when the catalogue does not know it (only seen in events). */
    Item item(int index) {
        return byIndex[index];
    }

    /** Items of the catalogue that may be recommended: known, available and in stock. */
    BitSet sellable() {
        return sellable;
    }

    BitSet inStock() {
        return inStock;
    }

    float price(int index) {
        return price[index];
    }

    /** Items whose {@code field} has {@code value}; empty when none. */
    BitSet matching(String field, String value) {
        Map<String, BitSet> byValue = postings.get(field);
        BitSet b = byValue == null ? null : byValue.get(value.toLowerCase(Locale.ROOT));
        return b == null ? new BitSet() : b;
    }

    /** The deepest category of an item ("" when none): what diversity caps count. */
    String leafCategory(int index) {
        Item item = byIndex[index];
        return item == null || item.category().isEmpty() ? "" : item.category().get(item.category().size() - 1);
    }

    /** The top-level category ("" when none): what repeat-purchase rules look at. */
    String topCategory(int index) {
        Item item = byIndex[index];
        return item == null || item.category().isEmpty() ? "" : item.category().get(0);
    }

    String brand(int index) {
        Item item = byIndex[index];
        return item == null || item.brand() == null ? "" : item.brand();
    }

    /** A title for people: the language's own title when the item has one, else the default title, else the id. */
    String title(int index, String language) {
        Item item = byIndex[index];
        if (item == null) {
            return items.id(index);
        }
        if (language != null && item.titles().containsKey(language)) {
            return item.titles().get(language);
        }
        return item.title();
    }
}
