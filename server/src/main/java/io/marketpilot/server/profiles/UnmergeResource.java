package io.marketpilot.server.profiles;

import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code DELETE /v1/customers/{id}/merged/{anonymous_id}}: undoes an identify merge. Both profiles are rebuilt from the
 * event log as if never merged, and the pair stays apart from then on (also after a restart).
 */
public final class UnmergeResource {
    private static final PathParam ID = new PathParam("id", "the customer's user_id");
    private static final PathParam ANON = new PathParam("anonymous_id", "the visitor's anonymous_id merged into it");
    static final Schema UNMERGED = Schema.named("Unmerged", object("The merge that was undone.",
            required("user_id", "anonymous_id"),
            "user_id", string("the customer"),
            "anonymous_id", string("the visitor, now a profile of its own again"),
            "merged_by_event", string("the identify event that had merged them"),
            "merged_at", dateTime("that event's timestamp")));

    private final Engine engine;

    public UnmergeResource(Engine engine) {
        this.engine = engine;
    }

    public Route route() {
        return Route.delete("/v1/customers/{id}/merged/{anonymous_id}").requires(Role.ADMIN)
                .summary("unmergeVisitor", "customers", "Undo an identify merge")
                .description("Separates a visitor from the customer it was merged into; both profiles are rebuilt "
                        + "from the event log, and later identify events for the pair no longer merge them.")
                .path(ID).path(ANON).mayNotFind()
                .returns(200, UNMERGED, "the merge undone")
                .handle(this::unmerge);
    }

    private void unmerge(Context ctx) {
        UserId user = ID.read(ctx, UserId::new);
        AnonymousId anon = ANON.read(ctx, AnonymousId::new);
        var record = engine.profiles().unmerge(user.value(), anon.value()).orElseThrow(() -> ProblemException.notFound(
                "anonymous_id '" + anon + "' is not merged into customer '" + user + "'"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user_id", user.value());
        out.put("anonymous_id", anon.value());
        out.put("merged_by_event", record.byEvent().value());
        out.put("merged_at", record.at().toString());
        ctx.json(out);
    }
}
