package io.marketpilot.server.journeys;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/customers/{id}/journeys}: every run of one customer, newest first — the journey and version, the
 * step it is in and since when, what it waits for and until when, the steps passed and, once over, why it ended.
 */
public final class CustomerJourneysResource {
    private static final PathParam ID = new PathParam("id", "the customer's user_id");

    private final Engine engine;

    public CustomerJourneysResource(Engine engine) {
        this.engine = engine;
    }

    public Route route() {
        return Route.get("/v1/customers/{id}/journeys").requires(Role.READ)
                .summary("customerJourneys", "journeys", "Where a customer is in every journey, and why")
                .description("Runs of this user_id, newest first; a customer who never entered a journey has an empty"
                        + " list.")
                .path(ID).returns(200, JourneyWire.CUSTOMER_JOURNEYS, "the runs").handle(this::list);
    }

    private void list(Context ctx) {
        UserId user = ID.read(ctx, UserId::new);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user_id", user.value());
        out.put("journeys", engine.journeys().customerJourneys(user).stream().map(JourneyWire::run).toList());
        ctx.json(out);
    }
}
