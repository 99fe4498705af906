package io.marketpilot.recommend.evaluation;

import java.util.List;

/**
 * The machine-readable result of one evaluation (EVALUATION.md §4): dataset, protocol, cutoff, split sizes, the
 * validation metric used for tuning, and one row per model (baselines first).
 */
public record EvaluationReport(String dataset, String protocol, int k, int usersEvaluated, int items,
                               int trainInteractions, String tuningMetric, long seed, List<ModelResult> models) {
    public EvaluationReport {
        models = List.copyOf(models);
    }
}
