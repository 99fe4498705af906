package io.marketpilot.recommend.registry;

import io.marketpilot.recommend.als.IalsAlgorithm;
import io.marketpilot.recommend.bpr.BprAlgorithm;
import io.marketpilot.recommend.ease.EaseAlgorithm;
import io.marketpilot.recommend.hybrid.HybridAlgorithm;
import io.marketpilot.recommend.knn.ItemKnnAlgorithm;
import io.marketpilot.recommend.knn.UserKnnAlgorithm;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.popularity.PopularityAlgorithm;
import io.marketpilot.recommend.rules.AssociationRulesAlgorithm;
import io.marketpilot.recommend.session.SessionKnnAlgorithm;
import io.marketpilot.recommend.content.ContentAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Every algorithm MarketPilot ships, registered in one place. Content-based models need item text, given as a
 * function from item id to text (null when unknown).
 */
public final class StandardAlgorithms {
    /**
     * What the hybrid blends by default: the factor model, the two item-to-item models, the two neighbourhood models
     * (sessions, users) and what is selling now; the learned weights drop what does not help on the data at hand.
     */
    public static final List<String> HYBRID_COMPONENTS = List.of("ials", "ease", "session-knn", "item-knn",
        "user-knn", "recent-popularity");

    private StandardAlgorithms() {}

    public static Algorithms create(Function<String, String> itemText) {
        return create(itemText, HYBRID_COMPONENTS);
    }

    public static Algorithms create(Function<String, String> itemText, List<String> hybridComponents) {
        AtomicReference<Algorithms> self = new AtomicReference<>();
        List<Algorithm<?>> all = new ArrayList<>();
        all.add(PopularityAlgorithm.allTime());
        all.add(PopularityAlgorithm.recent());
        all.add(new ItemKnnAlgorithm());
        all.add(new UserKnnAlgorithm());
        all.add(new EaseAlgorithm());
        all.add(new IalsAlgorithm());
        all.add(new BprAlgorithm());
        all.add(new AssociationRulesAlgorithm());
        all.add(new SessionKnnAlgorithm());
        all.add(new ContentAlgorithm(itemText));
        all.add(new HybridAlgorithm(name -> self.get().get(name), hybridComponents));
        Algorithms algorithms = Algorithms.of(all);
        self.set(algorithms);
        return algorithms;
    }
}
