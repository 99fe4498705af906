package io.marketpilot.recommend.evaluation;

import java.util.List;
import java.util.Map;

/**
 * One model's row in an evaluation: its name, the parameters used (the chosen ones when tuned), what training
 * learned and recorded in provenance (e.g. the hybrid's blending weights), metric name →
 * value (e.g. {@code NDCG@10}), training seconds, per-user recommendation latency, and, when tuned, every config
 * tried with its validation score.
 */
public record ModelResult(String name, Map<String, Object> params, Map<String, Double> learned,
                          Map<String, Double> metrics, double trainSeconds, double recommendMsP50, double recommendMsP99,
                          List<TuningTrial> tuning) {
    public ModelResult {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        learned = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(learned));
        tuning = List.copyOf(tuning);
    }

    /** One config tried during tuning and its validation metric. */
    public record TuningTrial(Map<String, Object> params, double validationScore, double trainSeconds) {}
}
