package io.marketpilot.recommend.registry;

import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.popularity.PopularityAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every algorithm MarketPilot ships, registered in one place. Content-based models need item text, given as a
 * function from item id to text (null when unknown).
 */
public final class StandardAlgorithms {
    private StandardAlgorithms() {}

    public static Algorithms create(Function<String, String> itemText) {
        List<Algorithm<?>> all = new ArrayList<>();
        all.add(PopularityAlgorithm.allTime());
        all.add(PopularityAlgorithm.recent());
        return Algorithms.of(all);
    }
}
