package io.marketpilot.data.cleaning;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wire records for tests: literals, and core records written back to the wire (to clean them again). */
final class WireMaps {
    private WireMaps() {}

    /** A mutable map from alternating keys and values: {@code map("type", "view", "user_id", "u1")}. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A valid view of {@code sku-1} by {@code user} at {@code timestamp}, overridden by {@code more}. */
    static Map<String, Object> view(String user, String timestamp, Object... more) {
        Map<String, Object> map = map("type", "view", "user_id", user, "item_id", "sku-1", "timestamp", timestamp);
        map.putAll(map(more));
        return map;
    }

    static Map<String, Object> toWire(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", e.id().value());
        m.put("type", e.type().wireName());
        put(m, "user_id", e.userId() == null ? null : e.userId().value());
        put(m, "anonymous_id", e.anonymousId() == null ? null : e.anonymousId().value());
        put(m, "item_id", e.itemId() == null ? null : e.itemId().value());
        m.put("timestamp", e.timestamp().toString());
        m.put("quantity", e.quantity());
        put(m, "price", e.price());
        put(m, "currency", e.currency());
        put(m, "session_id", e.sessionId() == null ? null : e.sessionId().value());
        m.put("context", e.context());
        m.put("properties", e.properties());
        m.putAll(e.extra());
        return m;
    }

    static Map<String, Object> toWire(Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item_id", item.id().value());
        m.put("title", item.title());
        m.put("titles", item.titles());
        put(m, "description", item.description());
        m.put("category", item.category());
        put(m, "brand", item.brand());
        put(m, "price", item.price());
        put(m, "currency", item.currency());
        put(m, "stock", item.stock());
        m.put("tags", item.tags());
        m.put("attributes", item.attributes());
        m.put("available", item.available());
        put(m, "created_at", item.createdAt() == null ? null : item.createdAt().toString());
        m.putAll(item.extra());
        return m;
    }

    static Map<String, Object> toWire(Customer customer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user_id", customer.id().value());
        m.put("traits", customer.traits());
        m.put("consent", Map.of("email", customer.consent().email(), "sms", customer.consent().sms(),
                "push", customer.consent().push(), "personalization", customer.consent().personalization()));
        m.putAll(customer.extra());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
