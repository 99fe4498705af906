package io.marketpilot.engine.recommend;

import io.marketpilot.core.model.Model;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.data.IdDictionary;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.SimilarItems;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one training run produced for serving, swapped in and out as a unit: the item and customer
 * dictionaries, each customer's weighted history and purchases at training time, the personal model (the hybrid),
 * the item-to-item models (similar, bought together, content), trending, and popularity per customer group.
 *
 * @param components role → (algorithm, model); roles are {@link #PERSONAL}, {@link #SIMILAR},
 *                   {@link #BOUGHT_TOGETHER}, {@link #CONTENT}, {@link #TRENDING}
 */
public record ShopModels(IdDictionary items, IdDictionary users, Interactions history, Interactions purchased,
                         Map<String, Component> components, GroupPopularity groups, Provenance provenance)
        implements Model {
    public static final String PERSONAL = "personal";
    public static final String SIMILAR = "similar";
    public static final String BOUGHT_TOGETHER = "bought-together";
    public static final String CONTENT = "content";
    public static final String TRENDING = "trending";

    /** One trained model and the algorithm that made it (which names its file format). */
    public record Component(String algorithm, ScoringModel model) {}

    public ShopModels {
        components = Map.copyOf(components);
        if (!components.containsKey(PERSONAL) || !components.containsKey(TRENDING)) {
            throw new IllegalArgumentException("shop models need a personal and a trending model");
        }
    }

    public ScoringModel personal() {
        return components.get(PERSONAL).model();
    }

    public ScoringModel trending() {
        return components.get(TRENDING).model();
    }

    /** An item-to-item model of the role, when trained and able to answer item-to-item questions. */
    public Optional<SimilarItems> related(String role) {
        Component c = components.get(role);
        return c != null && c.model() instanceof SimilarItems s ? Optional.of(s) : Optional.empty();
    }
}
