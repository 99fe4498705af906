package io.marketpilot.recommend.knn;

import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.HistoryDecay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Item-kNN hyper-parameters: how many neighbours each item keeps ({@code k}), the shrinkage that damps similarities
 * resting on few common users ({@code sim · co / (co + shrink)}), the {@link Similarity}, its {@code alpha} (used by
 * {@link Similarity#ASYMMETRIC_COSINE} only), whether pair weights count ({@code weighted}) or every pair is 1, and
 * how the history's items count at scoring time ({@link HistoryDecay}; the neighbour lists do not depend on it).
 */
public record ItemKnnConfig(int k, double shrink, Similarity similarity, double alpha, boolean weighted,
                            HistoryDecay decay) implements AlgorithmConfig {
    public ItemKnnConfig {
        Objects.requireNonNull(decay, "decay");
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (!(shrink >= 0) || Double.isInfinite(shrink)) {
            throw new IllegalArgumentException("shrink must be a finite number >= 0, was " + shrink);
        }
        Objects.requireNonNull(similarity, "similarity");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], was " + alpha);
        }
    }

    /** Without history decay: the classic formulation. */
    public ItemKnnConfig(int k, double shrink, Similarity similarity, double alpha, boolean weighted) {
        this(k, shrink, similarity, alpha, weighted, HistoryDecay.NONE);
    }

    /** Binary data with the given neighbourhood; alpha 0.5 (unused unless asymmetric); no history decay. */
    public static ItemKnnConfig of(int k, double shrink, Similarity similarity) {
        return new ItemKnnConfig(k, shrink, similarity, 0.5, false);
    }

    public ItemKnnConfig withDecay(HistoryDecay d) {
        return new ItemKnnConfig(k, shrink, similarity, alpha, weighted, d);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", k);
        p.put("shrink", shrink);
        p.put("similarity", similarity.label());
        if (similarity == Similarity.ASYMMETRIC_COSINE) {
            p.put("alpha", alpha);
        }
        p.put("weighted", weighted);
        p.put("history_decay", decay.describe());
        return p;
    }
}
