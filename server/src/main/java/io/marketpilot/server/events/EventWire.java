package io.marketpilot.server.events;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.bool;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.server.route.Schema;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@link Event} in wire form, and the schema of that form. */
final class EventWire {
    private EventWire() {}

    static final Schema EVENT = Schema.named("Event", object(
            "A behaviour event. Unknown members are kept and echoed back. user_id or anonymous_id is required; "
                    + "item_id is required for item events (view, click, add_to_cart, remove_from_cart, purchase, "
                    + "refund, review, impression, ad_click).", required("type", "timestamp"),
            "event_id", string("idempotency key; derived from the content when absent, so replays are harmless"),
            "type", oneOf("event type", Arrays.stream(EventType.values()).map(EventType::wireName).toArray(String[]::new)),
            "user_id", string("the shop's customer id"),
            "anonymous_id", string("device or cookie id of a visitor not yet identified"),
            "item_id", string("the catalogue item"),
            "timestamp", dateTime("ISO-8601 instant with zone (2026-03-01T10:15:00Z) or epoch seconds/milliseconds"),
            "quantity", integer("non-zero; a negative quantity is stored as a refund (default 1)"),
            "price", number("unit price, zero or more; read exactly as a decimal (a string such as \"12.50\" is accepted)"),
            "currency", string("ISO 4217 code such as EUR or CNY"),
            "session_id", string("browsing session"),
            "context", anyObject("channel, device, geo, placement …"),
            "properties", anyObject("free JSON"),
            "bot", bool("set by the server when the actor was flagged as a bot (responses only)")));

    static final Schema EVENT_LIST = Schema.named("EventList", object(
            "A customer's most recent events, newest first.", required("user_id", "events"),
            "user_id", string("the customer"),
            "events", array(ref(EVENT), "newest first")), EVENT);

    static Map<String, Object> toWire(Event e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event_id", e.id().value());
        out.put("type", e.type().wireName());
        putIfPresent(out, "user_id", e.userId());
        putIfPresent(out, "anonymous_id", e.anonymousId());
        putIfPresent(out, "item_id", e.itemId());
        out.put("timestamp", e.timestamp().toString());
        out.put("quantity", e.quantity());
        putIfPresent(out, "price", e.price());
        putIfPresent(out, "currency", e.currency());
        putIfPresent(out, "session_id", e.sessionId());
        out.put("context", e.context());
        out.put("properties", e.properties());
        out.put("bot", e.bot());
        e.extra().forEach(out::putIfAbsent);
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value instanceof BigDecimal ? value : value.toString());
        }
    }
}
