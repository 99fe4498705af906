package io.marketpilot.core.catalog;

import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.validation.RawRecord;
import io.marketpilot.core.validation.Validation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Turns one wire record of {@code PUT /v1/items} or an item import into an {@link Item}. */
public final class ItemParser {

    public Validation<Item> parse(Map<String, Object> raw) {
        RawRecord r = new RawRecord(raw);
        Optional<ItemId> id = r.requiredId("item_id", ItemId::new);
        Optional<String> title = r.requiredString("title");
        Map<String, String> titles = titles(r);
        String description = r.string("description").orElse(null);
        var category = r.strings("category");
        String brand = r.string("brand").orElse(null);
        BigDecimal price = r.decimal("price").orElse(null);
        if (price != null && price.signum() < 0) {
            r.error("price", "a price of zero or more", price.toPlainString());
        }
        String currency = r.string("currency").map(c -> c.toUpperCase(java.util.Locale.ROOT)).orElse(null);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            r.error("currency", "a three-letter ISO 4217 code such as EUR or CNY", currency);
        }
        Long stockValue = r.integer("stock").orElse(null);
        if (stockValue != null && (stockValue < 0 || stockValue > Integer.MAX_VALUE)) {
            r.error("stock", "a stock count from 0 to " + Integer.MAX_VALUE, stockValue);
        }
        Integer stock = stockValue == null ? null : (int) Math.max(0, Math.min(Integer.MAX_VALUE, stockValue));
        var tags = r.strings("tags");
        var attributes = r.object("attributes");
        boolean available = r.bool("available").orElse(true);
        var createdAt = r.instant("created_at").orElse(null);
        var extra = r.unread();
        if (r.hasErrors()) {
            return Validation.invalid(r.errors());
        }
        return Validation.valid(new Item(id.get(), title.get(), titles, description, category, brand, price,
                currency, stock, tags, attributes, available, createdAt, extra));
    }

    private static Map<String, String> titles(RawRecord r) {
        Map<String, Object> raw = r.object("titles");
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((lang, text) -> {
            if (text instanceof String s && !s.isBlank()) {
                out.put(lang, s.strip());
            } else if (text != null) {
                r.error("titles." + lang, "a string", text);
            }
        });
        return out;
    }
}
