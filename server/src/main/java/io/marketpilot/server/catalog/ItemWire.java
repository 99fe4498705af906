package io.marketpilot.server.catalog;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.bool;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.mapOf;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.server.route.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@link Item} in wire form, and the schema of that form. */
final class ItemWire {
    private ItemWire() {}

    static final Schema ITEM = Schema.named("Item", object(
            "A catalogue item. Unknown members are kept and echoed back.", required("item_id", "title"),
            "item_id", string("the item's id (SKU)"),
            "title", string("title in the default language"),
            "titles", mapOf(string("title"), "translations by language tag (en, zh …)"),
            "description", string("free text"),
            "category", array(string("category"), "path from the root, e.g. [\"Electronics\", \"Phones\"]; "
                    + "a string 'a > b' is accepted on input"),
            "brand", string("brand"),
            "price", number("price, zero or more; read exactly as a decimal"),
            "currency", string("ISO 4217 code"),
            "stock", integer("units in stock, zero or more; absent = not tracked"),
            "tags", array(string("tag"), "tags"),
            "attributes", anyObject("free attributes (colour, size …)"),
            "available", bool("whether the item may be sold and recommended (default true)"),
            "created_at", dateTime("when the item was created")));

    static Map<String, Object> toWire(Item item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("item_id", item.id().value());
        out.put("title", item.title());
        out.put("titles", item.titles());
        putIfPresent(out, "description", item.description());
        out.put("category", item.category());
        putIfPresent(out, "brand", item.brand());
        putIfPresent(out, "price", item.price());
        putIfPresent(out, "currency", item.currency());
        putIfPresent(out, "stock", item.stock());
        out.put("tags", item.tags());
        out.put("attributes", item.attributes());
        out.put("available", item.available());
        putIfPresent(out, "created_at", item.createdAt() == null ? null : item.createdAt().toString());
        item.extra().forEach(out::putIfAbsent);
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
