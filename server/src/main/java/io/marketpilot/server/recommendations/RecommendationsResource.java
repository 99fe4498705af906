package io.marketpilot.server.recommendations;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.nullable;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.recommend.Recommendation;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.IntParam;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.util.List;

/** {@code GET /v1/customers/{id}/recommendations} and {@code GET /v1/items/{id}/similar}. */
public final class RecommendationsResource {
    private static final PathParam USER = new PathParam("id", "the user_id");
    private static final PathParam ITEM = new PathParam("id", "the item_id");
    private static final IntParam N = new IntParam("n", "how many items", 1, 100, 10);

    static final Schema RECOMMENDATION = Schema.named("Recommendation", object(
            "One recommended item.", required("item_id", "score", "reason"),
            "item_id", string("the item"),
            "score", number("higher is better; comparable only within one answer"),
            "reason", string("why, in words a shopper can read")));

    static final Schema RECOMMENDATIONS = Schema.named("Recommendations", object(
            "Recommended items, best first.", required("items", "model"),
            "items", array(ref(RECOMMENDATION), "best first"),
            "model", nullable(string("the model that produced the list; null when not reported"))), RECOMMENDATION);

    private final Engine engine;

    public RecommendationsResource(Engine engine) {
        this.engine = engine;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/v1/customers/{id}/recommendations").requires(Role.READ)
                        .summary("recommendForCustomer", "recommendations", "Items to recommend to a customer")
                        .description("Works for unknown users too (they get the cold-start list).")
                        .path(USER).query(N)
                        .returns(200, RECOMMENDATIONS, "the recommendations")
                        .handle(this::forUser),
                Route.get("/v1/items/{id}/similar").requires(Role.READ)
                        .summary("similarItems", "recommendations", "Items similar to an item")
                        .path(ITEM).query(N).mayNotFind()
                        .returns(200, RECOMMENDATIONS, "the similar items")
                        .handle(this::similar));
    }

    private void forUser(Context ctx) {
        UserId user = USER.read(ctx, UserId::new);
        int n = N.read(ctx);
        ctx.json(answer(engine.recommendForUser(user, n), engine.recommendationModel().orElse(null)));
    }

    private void similar(Context ctx) {
        ItemId item = ITEM.read(ctx, ItemId::new);
        int n = N.read(ctx);
        if (engine.item(item).isEmpty()) {
            throw ProblemException.notFound("no item with item_id '" + item + "'");
        }
        ctx.json(answer(engine.similarItems(item, n), engine.recommendationModel().orElse(null)));
    }

    private static Answer answer(List<Recommendation> recommendations, String model) {
        return new Answer(recommendations.stream()
                .map(r -> new Scored(r.item().value(), r.score(), r.reason())).toList(), model);
    }

    /** The wire answer; {@code model} is {@code name@version} of the serving model, null before any training. */
    record Answer(List<Scored> items, String model) {}

    record Scored(String itemId, double score, String reason) {}
}
