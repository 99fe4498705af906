package io.marketpilot.engine.channel;

import io.marketpilot.automation.channel.RecommendedItem;
import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.engine.recommend.LiveRecommender;
import io.marketpilot.engine.recommend.RecommendationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The recommendation block of a message: the customer's home recommendations, as catalogue items. */
public final class RecommendedItems {
    static final int COUNT = 4;

    private RecommendedItems() {}

    /** Items with their title, price and product page ({@code url} attribute, when the catalogue has one). */
    public static Function<UserId, List<RecommendedItem>> from(LiveRecommender recommender, ItemStore items) {
        return user -> {
            List<RecommendedItem> out = new ArrayList<>();
            for (var r : recommender.recommend(RecommendationRequest.home(user.value(), COUNT)).items()) {
                Optional<Item> item = items.get(r.item());
                item.ifPresent(i -> out.add(new RecommendedItem(i.id().value(), i.title(), i.price(), i.currency(),
                        i.attributes().get("url") instanceof String u ? u : null,
                        i.attributes().get("image") instanceof String img ? img : null)));
            }
            return out;
        };
    }
}
