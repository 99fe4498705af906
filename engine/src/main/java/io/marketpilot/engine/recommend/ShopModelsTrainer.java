package io.marketpilot.engine.recommend;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.engine.config.RecommendConfig;
import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.evaluation.Evaluator;
import io.marketpilot.recommend.evaluation.Protocol;
import io.marketpilot.recommend.evaluation.Split;
import io.marketpilot.recommend.hybrid.HybridAlgorithm;
import io.marketpilot.recommend.hybrid.HybridModel;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.TrainContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * Trains a shop's {@link ShopModels}: first the hybrid on a fresh time split of the log (its NDCG@10 there, next to
 * popularity's, is the offline metric promotion compares), then every model on all of the log.
 */
final class ShopModelsTrainer {
    static final int GROUP_LIST = 200;

    private final RecommendConfig config;
    private final Algorithms algorithms;
    private final TrainContext context;

    ShopModelsTrainer(RecommendConfig config, Algorithms algorithms, TrainContext context) {
        this.config = config;
        this.algorithms = algorithms;
        this.context = context;
    }

    ShopModels train(InteractionLog log, CustomerStore customers, DoubleConsumer progress) {
        long start = System.nanoTime();
        EventWeights weights = new EventWeights(config.eventWeights(), 0f, false, Optional.empty());
        Map<String, Double> metrics = new LinkedHashMap<>(freshSplitMetrics(log, weights, f -> progress.accept(0.5 * f)));
        Interactions history = new InteractionsBuilder(weights).build(log);
        Interactions purchased = new InteractionsBuilder(
            new EventWeights(Map.of("purchase", 1f), 0f, false, Optional.empty())).build(log);
        Map<String, ShopModels.Component> components = new HashMap<>();
        HybridModel personal = (HybridModel) train(HybridAlgorithm.NAME, history, f -> progress.accept(0.5 + 0.4 * f));
        components.put(ShopModels.PERSONAL, new ShopModels.Component(HybridAlgorithm.NAME, personal));
        components.put(ShopModels.TRENDING, component("recent-popularity", history, personal));
        for (var role : Map.of(ShopModels.SIMILAR, "item-knn", ShopModels.BOUGHT_TOGETHER, "association-rules",
                ShopModels.CONTENT, "content").entrySet()) {
            if (algorithms.names().contains(role.getValue())) {
                components.put(role.getKey(), component(role.getValue(), history, personal));
            }
        }
        progress.accept(0.95);
        GroupPopularity groups = groups(history, customers);
        metrics.put("events", (double) log.size());
        metrics.put("items", (double) history.itemCount());
        metrics.put("customers", (double) history.userCount());
        metrics.put("pairs", (double) history.pairs());
        metrics.put("train_seconds", (System.nanoTime() - start) / 1e9);
        personal.provenance().metrics().forEach(metrics::put);
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("models", String.join(",", config.blendFor(history.itemCount())));
        cfg.put("event_weights", new java.util.TreeMap<>(config.eventWeights()).toString());
        Provenance p = new Provenance(ShopModelsFormat.NAME, cfg, history.fingerprint(), context.seed(),
            context.codeVersion(), context.trainedAt(), metrics);
        progress.accept(1.0);
        return new ShopModels(history.items(), history.users(), history, purchased, components, groups, p);
    }

    /** NDCG@10 of the hybrid and of popularity on the latest 20% of events (EVALUATION.md time-split). */
    private Map<String, Double> freshSplitMetrics(InteractionLog log, EventWeights weights, DoubleConsumer progress) {
        Map<String, Double> m = new LinkedHashMap<>();
        Split split;
        try {
            split = new Protocol.TimeSplit(Optional.empty()).split(log, weights);
        } catch (IllegalArgumentException e) {
            return m; // too little data to split: no offline metric, promotion treats it as unmeasured
        }
        if (split.users().length == 0) {
            return m;
        }
        Evaluator evaluator = new Evaluator(split, 10);
        ScoringModel hybrid = train(HybridAlgorithm.NAME, split.train(), progress);
        m.put("NDCG@10", evaluator.ndcg(hybrid, 5000));
        m.put("popularity.NDCG@10", evaluator.ndcg(train("popularity", split.train(), f -> { }), 5000));
        m.put("test_users", (double) split.users().length);
        return m;
    }

    private ShopModels.Component component(String algorithm, Interactions data, HybridModel personal) {
        for (HybridModel.Component c : personal.components()) {
            if (c.algorithm().equals(algorithm)) {
                return new ShopModels.Component(algorithm, c.model());
            }
        }
        return new ShopModels.Component(algorithm, train(algorithm, data, f -> { }));
    }

    private ScoringModel train(String algorithm, Interactions data, DoubleConsumer progress) {
        var algo = algorithms.get(algorithm);
        TrainContext ctx = new TrainContext(context.seed(), context.threads(), progress, context.codeVersion(),
            context.trainedAt());
        return algo.train(algo.defaults(), data, ctx);
    }

    /** Per trait value, items ranked by the summed weight of that group's customers. */
    private GroupPopularity groups(Interactions history, CustomerStore customers) {
        Map<String, float[]> sums = new HashMap<>();
        customers.forEach((Customer c) -> {
            int u = history.users().index(c.id().value());
            if (u < 0 || history.rowLength(u) == 0) {
                return;
            }
            for (String trait : config.groupTraits()) {
                Object value = c.traits().get(trait);
                if (value == null) {
                    continue;
                }
                float[] s = sums.computeIfAbsent(GroupPopularity.key(trait, value), k -> new float[history.itemCount()]);
                for (int p = history.rowStart(u); p < history.rowEnd(u); p++) {
                    s[history.col(p)] += 1;
                }
            }
        });
        Map<String, GroupPopularity.Ranked> ranked = new HashMap<>();
        sums.forEach((key, s) -> {
            int[] top = TopItems.of(s, GROUP_LIST, i -> s[i] <= 0);
            float[] scores = new float[top.length];
            for (int k = 0; k < top.length; k++) {
                scores[k] = s[top[k]];
            }
            ranked.put(key, new GroupPopularity.Ranked(top, scores));
        });
        return new GroupPopularity(ranked);
    }
}
