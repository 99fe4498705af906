package io.marketpilot.bench.sparkals;

import io.marketpilot.engine.evaluate.EvaluationJob;
import io.marketpilot.recommend.evaluation.EvaluationReport;
import io.marketpilot.recommend.evaluation.EvaluationRun;
import io.marketpilot.recommend.evaluation.ModelResult;
import io.marketpilot.recommend.evaluation.Protocol;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.registry.StandardAlgorithms;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One dataset × protocol: {@code evaluate --tune} over our models, Spark ALS and the classic EASE and item-kNN
 * ({@link ReferenceAlgorithm}) in ONE run, so every model (Spark over its 27-config grid) is tuned on the same
 * validation split carved from the training part and measured on the same test users. Summarised as every model's
 * row plus the ratios the targets are stated in: the best MarketPilot model's NDCG@10 over the best of Spark ALS,
 * EASE and item-kNN.
 */
final class QualityRun {
    static final String METRIC = "NDCG@10";
    /** The references of the target: the peer system and the two strong classic baselines as the peers ran them. */
    static final List<String> REFERENCES = List.of("spark-als", "ease-reference", "item-knn-reference");

    private QualityRun() {}

    /** The report and its summary (the JSON the bench prints for this run). */
    record Outcome(EvaluationReport report, Map<String, Object> summary) {}

    static Outcome run(ComparisonArgs args, SharedDataset dataset, String protocol, SparkAlsAlgorithm spark,
                       PrintStream err) {
        List<Algorithm<?>> peers = List.of(spark, ReferenceAlgorithm.ease(), ReferenceAlgorithm.itemKnn());
        List<String> models = new ArrayList<>(args.models());
        peers.forEach(p -> models.add(p.name()));
        var request = new EvaluationJob.Request(dataset.path(args.data()), dataset.format(), dataset.name(),
            Protocol.parse(protocol, Optional.empty()), 10, models, dataset.types(), dataset.knownUsersOnly(), true,
            args.seed(), args.threads(), false, StandardAlgorithms.HYBRID_COMPONENTS);
        StageSeconds clock = new StageSeconds(err, dataset.name() + "/" + protocol);
        long start = System.nanoTime();
        EvaluationReport report = new EvaluationJob(java.time.Clock.systemUTC(), "bench")
            .run(request, clock, clock, peers);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(report, summary(report, dataset.meaningful(protocol), clock, seconds));
    }

    private static Map<String, Object> summary(EvaluationReport r, boolean meaningful, StageSeconds clock,
                                               double seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dataset", r.dataset());
        s.put("protocol", r.protocol());
        s.put("meaningful", meaningful);
        if (!meaningful) {
            s.put("note", "times are synthesised per user, so few users have items after the cutoff: not a target");
        }
        s.put("test_users", r.usersEvaluated());
        s.put("items", r.items());
        s.put("train_pairs", r.trainInteractions());
        s.put("wall_seconds", Json.round(seconds, 1));
        s.put("read_seconds", Json.round(clock.of("(data)", "read"), 1));
        ModelResult best = null;
        ModelResult reference = null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ModelResult m : r.models()) {
            rows.add(row(m, clock));
            if (REFERENCES.contains(m.name()) && (reference == null || ndcg(m) > ndcg(reference))) {
                reference = m;
            }
            if (!REFERENCES.contains(m.name()) && (best == null || ndcg(m) > ndcg(best))) {
                best = m;
            }
        }
        s.put("best_ours", Map.of("model", best.name(), METRIC, Json.round(ndcg(best), 5)));
        s.put("best_reference", Map.of("model", reference.name(), METRIC, Json.round(ndcg(reference), 5)));
        s.put("ratio", Json.round(ndcg(best) / ndcg(reference), 4));
        Map<String, Object> vs = new LinkedHashMap<>();
        for (ModelResult m : r.models()) {
            if (REFERENCES.contains(m.name())) {
                vs.put(m.name(), Json.round(ndcg(best) / ndcg(m), 4));
            }
        }
        s.put("ratio_vs", vs);
        s.put("models", rows);
        return s;
    }

    private static Map<String, Object> row(ModelResult m, StageSeconds clock) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", m.name());
        row.put("role", REFERENCES.contains(m.name()) ? "reference"
            : EvaluationRun.BASELINES.contains(m.name()) ? "baseline" : "marketpilot");
        row.put("params", m.params());
        if (!m.learned().isEmpty()) {
            row.put("learned", m.learned());
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        m.metrics().forEach((k, v) -> metrics.put(k, Json.round(v, 5)));
        row.put("metrics", metrics);
        row.put("train_seconds", Json.round(m.trainSeconds(), 3));
        row.put("tune_seconds", Json.round(clock.of(m.name(), "tune"), 1));
        row.put("tune_trials", m.tuning().size());
        m.tuning().stream().mapToDouble(ModelResult.TuningTrial::validationScore).max()
            .ifPresent(v -> row.put("validation_" + METRIC, Json.round(v, 5)));
        row.put("evaluate_seconds", Json.round(clock.of(m.name(), "evaluate"), 1));
        row.put("recommend_ms_p50", Json.round(m.recommendMsP50(), 3));
        return row;
    }

    static double ndcg(ModelResult m) {
        return m.metrics().getOrDefault(METRIC, 0.0);
    }
}
