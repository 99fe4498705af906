package io.marketpilot.testkit;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Item}s for tests: {@code ItemBuilder.item("sku-1").price("19.99", "EUR").build()}.
 * Defaults: title "Item &lt;id&gt;", category [Misc], price 9.99 EUR, unknown stock, available, no brand,
 * no description, no creation time, empty maps.
 */
public final class ItemBuilder {
    private final String id;
    private String title;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private String description;
    private List<String> category = List.of("Misc");
    private String brand;
    private BigDecimal price = new BigDecimal("9.99");
    private String currency = "EUR";
    private Integer stock;
    private List<String> tags = List.of();
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private boolean available = true;
    private Instant createdAt;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private ItemBuilder(String id) {
        this.id = id;
        this.title = "Item " + id;
    }

    public static ItemBuilder item(String id) {
        return new ItemBuilder(id);
    }

    public ItemBuilder title(String value) {
        this.title = value;
        return this;
    }

    public ItemBuilder title(String language, String value) {
        titles.put(language, value);
        return this;
    }

    public ItemBuilder description(String value) {
        this.description = value;
        return this;
    }

    public ItemBuilder category(String... path) {
        this.category = List.of(path);
        return this;
    }

    public ItemBuilder brand(String value) {
        this.brand = value;
        return this;
    }

    public ItemBuilder price(String value, String currencyCode) {
        this.price = value == null ? null : new BigDecimal(value);
        this.currency = currencyCode;
        return this;
    }

    public ItemBuilder stock(Integer value) {
        this.stock = value;
        return this;
    }

    public ItemBuilder tags(String... values) {
        this.tags = List.of(values);
        return this;
    }

    public ItemBuilder attribute(String key, Object value) {
        attributes.put(key, value);
        return this;
    }

    public ItemBuilder available(boolean value) {
        this.available = value;
        return this;
    }

    public ItemBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public ItemBuilder withExtra(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public Item build() {
        return new Item(new ItemId(id), title, titles, description, category, brand, price, currency, stock, tags,
                frozen(attributes), available, createdAt, frozen(extra));
    }

    static Map<String, Object> frozen(Map<String, Object> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
