package io.marketpilot.server.recommendations;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.integer;
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
import io.marketpilot.engine.recommend.RecommendationList;
import io.marketpilot.engine.recommend.RecommendationRequest;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.IntParam;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import io.marketpilot.server.route.TextParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recommendation routes: personal ({@code /v1/recommendations/{customer}}, with placement, context items and rules),
 * "because you …" ({@code /v1/recommendations/{customer}/because/{item}}), and item-to-item
 * ({@code /v1/items/{id}/similar}, {@code /v1/items/{id}/bought-together}).
 */
public final class RecommendationsResource {
    private static final PathParam CUSTOMER = new PathParam("customer", "the user_id (or anon:<anonymous_id>)");
    private static final PathParam USER = new PathParam("id", "the user_id");
    private static final PathParam ITEM = new PathParam("id", "the item_id");
    private static final PathParam BECAUSE = new PathParam("item", "the item_id the answer should follow from");
    private static final IntParam N = new IntParam("n", "how many items", 1, 100, 10);
    private static final TextParam PLACEMENT = TextParam.oneOf("placement",
        "where the list is shown: home, product (pass item), cart (pass item or uses the customer's cart), email",
        List.of("home", "product", "cart", "email"), "home");
    private static final TextParam CONTEXT = TextParam.repeated("item", "context item(s): the product page's item, "
        + "the cart's items");
    private static final TextParam INCLUDE = TextParam.repeated("include",
        "only items with field:value (fields: category, brand, tag, item); values of one field are alternatives");
    private static final TextParam EXCLUDE = TextParam.repeated("exclude", "never items with field:value");
    private static final TextParam BOOST = TextParam.repeated("boost",
        "field:value:factor, e.g. brand:Aurora:1.5 (factor > 0; < 1 demotes)");
    private static final TextParam MIN_PRICE = TextParam.of("min_price", "lowest price");
    private static final TextParam MAX_PRICE = TextParam.of("max_price", "highest price");
    private static final TextParam IN_STOCK = TextParam.oneOf("in_stock", "only items in stock", List.of("true",
        "false"), null);
    private static final TextParam GEO = TextParam.of("geo", "the shopper's city, for cold start");

    static final Schema RECOMMENDATION = Schema.named("Recommendation", object(
            "One recommended item.", required("item_id", "score", "reason"),
            "item_id", string("the item"),
            "score", number("higher is better; comparable only within one answer"),
            "reason", string("why, in words a shopper can read")));

    static final Schema RECOMMENDATIONS = Schema.named("Recommendations", object(
            "Recommended items, best first.", required("items", "model", "model_version", "strategy"),
            "items", array(ref(RECOMMENDATION), "best first"),
            "model", nullable(string("the model that produced the list; null before any training")),
            "model_version", integer("its version in the model registry (0 before any training)"),
            "strategy", string("personal, cold-start, related, or none")), RECOMMENDATION);

    private final Engine engine;

    public RecommendationsResource(Engine engine) {
        this.engine = engine;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/v1/recommendations/{customer}").requires(Role.READ)
                        .summary("recommend", "recommendations", "Items to recommend to a customer")
                        .description("Personal recommendations; unknown customers get the cold-start list (popular "
                            + "in their city and tier, trending). Rules apply inside retrieval, so n items come back "
                            + "whenever n eligible items exist. Events ingested count from the next request on.")
                        .path(CUSTOMER).query(N, PLACEMENT, CONTEXT, INCLUDE, EXCLUDE, BOOST, MIN_PRICE, MAX_PRICE,
                            IN_STOCK, GEO)
                        .returns(200, RECOMMENDATIONS, "the recommendations")
                        .handle(this::recommend),
                Route.get("/v1/recommendations/{customer}/because/{item}").requires(Role.READ)
                        .summary("recommendBecause", "recommendations", "Items for a customer that follow from one item")
                        .path(CUSTOMER).path(BECAUSE).query(N).mayNotFind()
                        .returns(200, RECOMMENDATIONS, "the recommendations")
                        .handle(this::because),
                Route.get("/v1/customers/{id}/recommendations").requires(Role.READ)
                        .summary("recommendForCustomer", "recommendations", "Home-page items for a customer")
                        .description("Same as /v1/recommendations/{customer} with placement home.")
                        .path(USER).query(N)
                        .returns(200, RECOMMENDATIONS, "the recommendations")
                        .handle(this::forUser),
                Route.get("/v1/items/{id}/similar").requires(Role.READ)
                        .summary("similarItems", "recommendations", "Items similar to an item")
                        .description("Behaviour first (customers who liked it also liked), then content similarity "
                            + "(new items), then trending in its category.")
                        .path(ITEM).query(N).mayNotFind()
                        .returns(200, RECOMMENDATIONS, "the similar items")
                        .handle(this::similar),
                Route.get("/v1/items/{id}/bought-together").requires(Role.READ)
                        .summary("boughtTogether", "recommendations", "Items frequently bought with an item")
                        .description("Association rules (FP-Growth: support, confidence, lift), then similar items.")
                        .path(ITEM).query(N).mayNotFind()
                        .returns(200, RECOMMENDATIONS, "the items bought together")
                        .handle(this::boughtTogether));
    }

    private void recommend(Context ctx) {
        String customer = CUSTOMER.read(ctx, s -> s);
        List<Map.Entry<String, String>> rules = new ArrayList<>();
        for (TextParam p : List.of(INCLUDE, EXCLUDE, BOOST)) {
            p.readAll(ctx).forEach(v -> rules.add(Map.entry(p.name(), v)));
        }
        for (TextParam p : List.of(MIN_PRICE, MAX_PRICE, IN_STOCK)) {
            String v = p.read(ctx);
            if (v != null) {
                rules.add(Map.entry(p.name(), v));
            }
        }
        var request = new RecommendationRequest(customer, N.read(ctx), PLACEMENT.read(ctx), CONTEXT.readAll(ctx),
            rules, GEO.read(ctx));
        try {
            ctx.json(answer(engine.recommend(request)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e.getMessage());
        }
    }

    private void because(Context ctx) {
        UserId user = CUSTOMER.read(ctx, UserId::new);
        ItemId item = BECAUSE.read(ctx, ItemId::new);
        if (engine.item(item).isEmpty()) {
            throw ProblemException.notFound("no item with item_id '" + item + "'");
        }
        ctx.json(answer(engine.because(user, item, N.read(ctx))));
    }

    private void forUser(Context ctx) {
        UserId user = USER.read(ctx, UserId::new);
        ctx.json(answer(engine.recommend(RecommendationRequest.home(user.value(), N.read(ctx)))));
    }

    private void similar(Context ctx) {
        ItemId item = knownItem(ctx);
        ctx.json(answer(engine.similarItems(item, N.read(ctx))));
    }

    private void boughtTogether(Context ctx) {
        ItemId item = knownItem(ctx);
        ctx.json(answer(engine.boughtTogether(item, N.read(ctx))));
    }

    private ItemId knownItem(Context ctx) {
        ItemId item = ITEM.read(ctx, ItemId::new);
        if (engine.item(item).isEmpty()) {
            throw ProblemException.notFound("no item with item_id '" + item + "'");
        }
        return item;
    }

    private static Answer answer(RecommendationList list) {
        return new Answer(list.items().stream()
                .map(r -> new Scored(r.item().value(), r.score(), r.reason())).toList(),
                list.model() == null ? null : list.model() + "@" + list.modelVersion(), list.modelVersion(),
                list.strategy());
    }

    /** The wire answer; {@code model} is {@code name@version} of the serving model, null before any training. */
    record Answer(List<Scored> items, String model, long modelVersion, String strategy) {}

    record Scored(String itemId, double score, String reason) {}
}
