package io.marketpilot.server.health;

import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.required;

import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.util.Map;

/** {@code GET /health}: answers while the server accepts requests; needs no key and touches no store. */
public final class HealthResource {
    static final Schema HEALTH = Schema.named("Health", object("Liveness.", required("status"),
            "status", oneOf("always ok when the server answers", "ok")));

    private static final Map<String, String> OK = Map.of("status", "ok");

    public Route route() {
        return Route.get("/health")
                .summary("health", "operations", "Liveness check")
                .returns(200, HEALTH, "the server is up")
                .handle(ctx -> ctx.json(OK));
    }
}
