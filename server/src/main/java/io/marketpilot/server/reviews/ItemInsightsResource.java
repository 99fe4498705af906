package io.marketpilot.server.reviews;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.insight.ItemInsights;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;

/** {@code GET /v1/items/{id}/insights}: what the item's reviews say. */
public final class ItemInsightsResource {
    private static final PathParam ITEM = new PathParam("id", "the item_id");

    static final Schema INSIGHTS = Schema.named("ItemInsights", object(
            "Sentiment share and weekly trend, aspects by mentions with their polarity split, representative quotes.",
            required("item_id", "reviews", "sentiment", "trend", "aspects", "positive_quotes", "negative_quotes"),
            "item_id", string("the item"),
            "reviews", integer("analysed reviews of the item"),
            "sentiment", object("shares of reviews", required("positive", "neutral", "negative"),
                "positive", number("share positive"), "neutral", number("share in the neutral band"),
                "negative", number("share negative"), "mean_positive_probability", number("mean calibrated probability")),
            "trend", array(object("one ISO week (UTC)", required("week", "reviews"), "week", string("e.g. 2026-W47"),
                "reviews", integer("reviews that week"), "positive_share", number("share positive"),
                "mean_positive_probability", number("mean probability")), "oldest week first"),
            "aspects", array(object("one aspect", required("aspect", "mentions"), "aspect",
                string("logistics, quality, price, service, packaging, size-fit, appearance, function, taste"),
                "mentions", integer("clauses about it"), "positive", integer("positive clauses"),
                "neutral", integer("neutral clauses"), "negative", integer("negative clauses")), "most mentioned first"),
            "positive_quotes", array(object("a review", required("review_id", "text"), "review_id", string("event id"),
                "text", string("the review (long ones cut at 280 characters)"), "positive_probability",
                number("calibrated")), "clearest positive reviews"),
            "negative_quotes", array(object("a review", required("review_id", "text"), "review_id", string("event id"),
                "text", string("the review"), "positive_probability", number("calibrated")),
                "clearest negative reviews")));

    private final Engine engine;

    public ItemInsightsResource(Engine engine) {
        this.engine = engine;
    }

    public Route route() {
        return Route.get("/v1/items/{id}/insights").requires(Role.READ)
                .summary("itemInsights", "reviews", "What customers say about an item")
                .description("Over every stored review of the item (reviews sent as events or imported are analysed "
                        + "on this call if they were not yet). 404 when the item is neither in the catalogue nor "
                        + "reviewed.")
                .path(ITEM).mayNotFind()
                .returns(200, INSIGHTS, "the insights").handle(this::get);
    }

    private void get(Context ctx) {
        ItemId item = ITEM.read(ctx, ItemId::new);
        ItemInsights insights = engine.reviews().insights(item.value());
        if (insights.reviews() == 0 && engine.item(item).isEmpty()) {
            throw ProblemException.notFound("no item with item_id '" + item.value() + "' and no reviews of it");
        }
        ctx.json(insights);
    }
}
