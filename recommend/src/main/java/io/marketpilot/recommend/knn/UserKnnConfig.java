package io.marketpilot.recommend.knn;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * User-kNN hyper-parameters: how many most similar training users vote ({@code k}), the shrinkage damping
 * similarities resting on few common items ({@code cosine · co / (co + shrink)}), and whether pair weights count
 * ({@code weighted}) or every pair is 1.
 */
public record UserKnnConfig(int k, double shrink, boolean weighted) implements AlgorithmConfig {
    public UserKnnConfig {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (!(shrink >= 0) || Double.isInfinite(shrink)) {
            throw new IllegalArgumentException("shrink must be a finite number >= 0, was " + shrink);
        }
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", k);
        p.put("shrink", shrink);
        p.put("similarity", "cosine");
        p.put("weighted", weighted);
        return p;
    }
}
