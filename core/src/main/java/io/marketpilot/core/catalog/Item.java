package io.marketpilot.core.catalog;

import io.marketpilot.core.id.ItemId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A catalogue item. {@code title} is the default-language title; {@code titles} holds translations by
 * language tag ({@code en}, {@code zh}). {@code category} is the path from the root, e.g.
 * [Electronics, Phones]. Nullable: description, brand, price, currency, stock, createdAt.
 * {@code extra} keeps the unknown fields a source sent.
 */
public record Item(
        ItemId id,
        String title,
        Map<String, String> titles,
        String description,
        List<String> category,
        String brand,
        BigDecimal price,
        String currency,
        Integer stock,
        List<String> tags,
        Map<String, Object> attributes,
        boolean available,
        Instant createdAt,
        Map<String, Object> extra) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        category = category == null ? List.of() : List.copyOf(category);
        tags = tags == null ? List.of() : List.copyOf(tags);
        attributes = attributes == null ? Map.of() : attributes;
        extra = extra == null ? Map.of() : extra;
    }

    /** The title in a language if known, else the default title. */
    public String title(String language) {
        return titles.getOrDefault(language, title);
    }

    /** Whether the item can be recommended or sold now. */
    public boolean sellable() {
        return available && (stock == null || stock > 0);
    }
}
