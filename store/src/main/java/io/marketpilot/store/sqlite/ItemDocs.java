package io.marketpilot.store.sqlite;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.store.json.JsonCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Item} as a JSON document with the wire field names. The price is a string so that its exact
 * decimal (scale included) round-trips; absent optional fields are left out.
 */
final class ItemDocs {
    private ItemDocs() {}

    static Map<String, Object> toMap(Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item_id", item.id().value());
        m.put("title", item.title());
        putIfPresent(m, "titles", item.titles().isEmpty() ? null : item.titles());
        putIfPresent(m, "description", item.description());
        putIfPresent(m, "category", item.category().isEmpty() ? null : item.category());
        putIfPresent(m, "brand", item.brand());
        putIfPresent(m, "price", item.price() == null ? null : item.price().toPlainString());
        putIfPresent(m, "currency", item.currency());
        putIfPresent(m, "stock", item.stock());
        putIfPresent(m, "tags", item.tags().isEmpty() ? null : item.tags());
        putIfPresent(m, "attributes", item.attributes().isEmpty() ? null : item.attributes());
        m.put("available", item.available());
        putIfPresent(m, "created_at", item.createdAt() == null ? null : item.createdAt().toString());
        putIfPresent(m, "extra", item.extra().isEmpty() ? null : item.extra());
        return m;
    }

    @SuppressWarnings("unchecked")
    static Item fromJson(String doc) {
        Map<String, Object> m = JsonCodec.readObject(doc);
        String price = (String) m.get("price");
        String createdAt = (String) m.get("created_at");
        Number stock = (Number) m.get("stock");
        return new Item(new ItemId((String) m.get("item_id")), (String) m.get("title"),
                (Map<String, String>) m.get("titles"), (String) m.get("description"),
                (List<String>) m.get("category"), (String) m.get("brand"),
                price == null ? null : new BigDecimal(price), (String) m.get("currency"),
                stock == null ? null : stock.intValue(), (List<String>) m.get("tags"),
                (Map<String, Object>) m.get("attributes"), (Boolean) m.get("available"),
                createdAt == null ? null : Instant.parse(createdAt), (Map<String, Object>) m.get("extra"));
    }

    static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
