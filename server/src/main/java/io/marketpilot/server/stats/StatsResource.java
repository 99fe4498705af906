package io.marketpilot.server.stats;

import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.mapOf;
import static io.marketpilot.server.route.JsonSchema.nullable;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.EventStats;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.EngineStats;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /v1/stats}: counts across the stores. */
public final class StatsResource {
    static final Schema EVENT_STATS = Schema.named("EventStats", object(
            "Counts over the event log.", required("total", "by_type", "actors", "bot_events", "first", "last"),
            "total", integer("stored events"),
            "by_type", mapOf(integer("events"), "stored events by type (types without events are left out)"),
            "actors", integer("distinct users and anonymous visitors"),
            "bot_events", integer("events flagged as bot traffic"),
            "first", nullable(dateTime("earliest event time; null when empty")),
            "last", nullable(dateTime("latest event time; null when empty"))));

    static final Schema STATS = Schema.named("Stats", object(
            "Counts across the stores.", required("events", "items", "customers"),
            "events", ref(EVENT_STATS),
            "items", integer("catalogue items"),
            "customers", integer("known customers")), EVENT_STATS);

    private final Engine engine;

    public StatsResource(Engine engine) {
        this.engine = engine;
    }

    public Route route() {
        return Route.get("/v1/stats").requires(Role.READ)
                .summary("stats", "operations", "Counts across the stores")
                .returns(200, STATS, "the counts")
                .handle(this::stats);
    }

    private void stats(Context ctx) {
        ctx.json(toWire(engine.stats()));
    }

    static Map<String, Object> toWire(EngineStats stats) {
        EventStats e = stats.events();
        Map<String, Object> byType = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            Long n = e.byType().get(type);
            if (n != null && n > 0) {
                byType.put(type.wireName(), n);
            }
        }
        Map<String, Object> events = new LinkedHashMap<>();
        events.put("total", e.total());
        events.put("by_type", byType);
        events.put("actors", e.actors());
        events.put("bot_events", e.botEvents());
        events.put("first", e.first() == null ? null : e.first().toString());
        events.put("last", e.last() == null ? null : e.last().toString());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", events);
        out.put("items", stats.items());
        out.put("customers", stats.customers());
        return out;
    }
}
