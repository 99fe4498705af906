package io.marketpilot.recommend.ease;

import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.HistoryDecay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EASE hyper-parameters: the ridge {@code lambda} on the item-item regression, whether X holds pair weights
 * ({@code weighted}) or 1 for every pair, the {@link EaseSolver} (a speed choice, not a quality one), and how the
 * history's items count at scoring time ({@link HistoryDecay}; B does not depend on it).
 */
public record EaseConfig(double lambda, boolean weighted, EaseSolver solver, HistoryDecay decay)
    implements AlgorithmConfig {
    public EaseConfig {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a finite number > 0, was " + lambda);
        }
        java.util.Objects.requireNonNull(solver, "solver");
        java.util.Objects.requireNonNull(decay, "decay");
    }

    /** Without history decay: the classic formulation. */
    public EaseConfig(double lambda, boolean weighted, EaseSolver solver) {
        this(lambda, weighted, solver, HistoryDecay.NONE);
    }

    /** Binary data, automatic solver, no history decay. */
    public static EaseConfig of(double lambda) {
        return new EaseConfig(lambda, false, EaseSolver.AUTO);
    }

    public EaseConfig withDecay(HistoryDecay d) {
        return new EaseConfig(lambda, weighted, solver, d);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lambda", lambda);
        p.put("weighted", weighted);
        p.put("solver", solver.label());
        p.put("history_decay", decay.describe());
        return p;
    }
}
