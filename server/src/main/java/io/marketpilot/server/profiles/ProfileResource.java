package io.marketpilot.server.profiles;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;

/**
 * {@code GET /v1/customers/{id}/profile}: the live profile of a user id (or of an anonymous visitor, as
 * {@code anon:<anonymous_id>}); 404 when there is neither an event nor a customer record for it.
 */
public final class ProfileResource {
    private static final PathParam ID = new PathParam("id", "the user_id, or anon:<anonymous_id> for a visitor");
    static final Schema PROFILE = Schema.named("CustomerProfile", object(
            "A customer's live profile: current within a second of each event.", required("user_id"),
            "user_id", string("the customer (or anon:<anonymous_id>)"),
            "merged_anonymous_ids", array(string("an anonymous id"), "visitors merged into this customer by identify events"),
            "first_seen", dateTime("first event"),
            "last_seen", dateTime("latest event"),
            "event_counts", anyObject("event type -> count"),
            "event_sums", anyObject("event type -> sum of price x quantity"),
            "sessions", integer("sessions (session ids, or 30 minutes of silence)"),
            "orders", integer("purchase days"),
            "recent_items", array(string("item id"), "items touched, newest first"),
            "recent_categories", array(string("category"), "categories touched, newest first"),
            "traits", anyObject("customer record traits overlaid by identify traits"),
            "attributes", anyObject("computed attributes (docs/attributes.md)"),
            "segments", array(string("segment id"), "segments the customer is in"),
            "consent", anyObject("flags (email, sms, push, personalization) and statements per purpose and channel"),
            "attributes_fitted_at", dateTime("when the shop-wide statistics were last refit")));

    private final Engine engine;

    public ProfileResource(Engine engine) {
        this.engine = engine;
    }

    public Route route() {
        return Route.get("/v1/customers/{id}/profile").requires(Role.READ)
                .summary("customerProfile", "customers", "A customer's live profile")
                .description("Traits, behaviour, computed attributes (RFM, CLV, P(alive), affinities …), segments and "
                        + "consent of one customer.")
                .path(ID).mayNotFind()
                .returns(200, PROFILE, "the profile")
                .handle(this::get);
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id").strip();
        String key = id.startsWith(UserId.ANONYMOUS_PREFIX) ? id : ID.read(ctx, UserId::new).value();
        var profile = engine.profiles().profile(key)
                .orElseThrow(() -> ProblemException.notFound("no events and no customer record for '" + id + "'"));
        ctx.json(profile.toJson());
    }
}
