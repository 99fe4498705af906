package io.marketpilot.server.events;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.route.IntParam;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /v1/customers/{id}/events}: a person's most recent events, newest first. */
public final class EventHistoryResource {
    private static final PathParam ID = new PathParam("id", "the user_id");
    private static final IntParam LIMIT = new IntParam("limit", "how many events, newest first", 1, 1000, 50);

    private final Engine engine;

    public EventHistoryResource(Engine engine) {
        this.engine = engine;
    }

    public Route route() {
        return Route.get("/v1/customers/{id}/events").requires(Role.READ)
                .summary("customerEvents", "customers", "A customer's most recent events")
                .description("Events of this user_id (a customer record need not exist), newest first; an "
                        + "unknown user has an empty list.")
                .path(ID).query(LIMIT)
                .returns(200, EventWire.EVENT_LIST, "the events")
                .handle(this::list);
    }

    private void list(Context ctx) {
        UserId user = ID.read(ctx, UserId::new);
        int limit = LIMIT.read(ctx);
        List<Map<String, Object>> events = engine.recentEvents(user, limit).stream().map(EventWire::toWire).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user_id", user.value());
        out.put("events", events);
        ctx.json(out);
    }
}
