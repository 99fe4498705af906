package io.marketpilot.bench.sparkals;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.ease.EaseAlgorithm;
import io.marketpilot.recommend.ease.EaseConfig;
import io.marketpilot.recommend.knn.ItemKnnAlgorithm;
import io.marketpilot.recommend.knn.ItemKnnConfig;
import io.marketpilot.recommend.knn.Similarity;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The peers' classic formulations as they ran them (research/peer-results.md), measured in the same run as ours:
 * EASE on binary data with lambda tuned over {10, 100, 500, 1000}, and item-kNN with cosine on binary data, k and
 * shrinkage tuned. Our {@code ease} and {@code item-knn} search more (history decay, other similarities), so they
 * count as MarketPilot models, and these are the references the targets compare against.
 */
final class ReferenceAlgorithm<C extends AlgorithmConfig> implements Algorithm<C> {
    private final String name;
    private final Algorithm<C> delegate;
    private final List<C> space;

    private ReferenceAlgorithm(String name, Algorithm<C> delegate, List<C> space) {
        this.name = name;
        this.delegate = delegate;
        this.space = List.copyOf(space);
    }

    static ReferenceAlgorithm<EaseConfig> ease() {
        return new ReferenceAlgorithm<>("ease-reference", new EaseAlgorithm(),
            List.of(EaseConfig.of(100), EaseConfig.of(10), EaseConfig.of(500), EaseConfig.of(1000)));
    }

    static ReferenceAlgorithm<ItemKnnConfig> itemKnn() {
        List<ItemKnnConfig> space = new ArrayList<>();
        space.add(ItemKnnConfig.of(200, 10, Similarity.COSINE));
        for (int k : new int[] {25, 50, 100, 200, 400}) {
            for (double shrink : new double[] {0, 10, 50}) {
                if (k != 200 || shrink != 10) {
                    space.add(ItemKnnConfig.of(k, shrink, Similarity.COSINE));
                }
            }
        }
        return new ReferenceAlgorithm<>("item-knn-reference", new ItemKnnAlgorithm(), space);
    }

    @Override
    public String name() {
        return name;
    }

    /** The first of the grid: what the peers' tables most often chose. */
    @Override
    public C defaults() {
        return space.getFirst();
    }

    @Override
    public List<C> searchSpace() {
        return space;
    }

    @Override
    public Trainer<Interactions, ? extends ScoringModel> trainer(C config, TrainContext context) {
        return delegate.trainer(config, context);
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return delegate.format();
    }
}
