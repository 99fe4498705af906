package io.marketpilot.recommend.ease;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EASE hyper-parameters: the ridge {@code lambda} on the item-item regression, whether X holds pair weights
 * ({@code weighted}) or 1 for every pair, and the {@link EaseSolver} (a speed choice, not a quality one).
 */
public record EaseConfig(double lambda, boolean weighted, EaseSolver solver) implements AlgorithmConfig {
    public EaseConfig {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a finite number > 0, was " + lambda);
        }
        java.util.Objects.requireNonNull(solver, "solver");
    }

    /** Binary data, automatic solver. */
    public static EaseConfig of(double lambda) {
        return new EaseConfig(lambda, false, EaseSolver.AUTO);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lambda", lambda);
        p.put("weighted", weighted);
        p.put("solver", solver.label());
        return p;
    }
}
