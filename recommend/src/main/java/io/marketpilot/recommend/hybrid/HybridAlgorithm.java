package io.marketpilot.recommend.hybrid;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.CompositeAlgorithm;
import io.marketpilot.recommend.model.HeldOut;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code hybrid}: blends the normalised scores of several models with weights learned on held-out data, then trains
 * the components on all of it. The held-out data is an evaluation's validation split when the weights were learned
 * there ({@link #learnOn}, fixed in the config), else carved at training time from the training data itself (each
 * sampled user's latest pair, {@link LatestPairs}).
 */
public final class HybridAlgorithm implements CompositeAlgorithm<HybridConfig> {
    public static final String NAME = "hybrid";
    /** Each weight's candidates; the blend only depends on their ratios, so the grid spans two orders of magnitude. */
    static final List<Float> GRID = List.of(0f, 0.05f, 0.1f, 0.2f, 0.35f, 0.5f, 0.7f, 1f, 1.4f, 2f, 3f, 4f, 6f, 8f);
    /** Users the weights are learned on: as many as evaluation tunes every other model on. */
    static final int VALIDATION_USERS = 3000;

    private final Function<String, Algorithm<?>> registry;
    private final List<String> componentNames;

    /** @param registry resolves component algorithms by name (the registry this hybrid is registered in) */
    public HybridAlgorithm(Function<String, Algorithm<?>> registry, List<String> componentNames) {
        this.registry = registry;
        this.componentNames = List.copyOf(componentNames);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> componentNames() {
        return componentNames;
    }

    @Override
    public HybridConfig defaults() {
        return withComponents(Map.of());
    }

    @Override
    public HybridConfig withComponents(Map<String, AlgorithmConfig> chosen) {
        List<HybridConfig.Component> cs = new ArrayList<>();
        for (String n : componentNames) {
            cs.add(new HybridConfig.Component(n, chosen.getOrDefault(n, registry.apply(n).defaults())));
        }
        return new HybridConfig(cs, VALIDATION_USERS, GRID, List.of());
    }

    @Override
    public List<HybridConfig> searchSpace() {
        return List.of(defaults());
    }

    @Override
    public Trainer<Interactions, HybridModel> trainer(HybridConfig config, TrainContext ctx) {
        return data -> train(config, data, ctx);
    }

    private HybridModel train(HybridConfig config, Interactions data, TrainContext ctx) {
        int parts = config.components().size();
        float[] weights;
        if (!config.weights().isEmpty()) {
            weights = new float[parts];
            for (int c = 0; c < parts; c++) {
                weights[c] = config.weights().get(c);
            }
        } else {
            weights = learn(config, LatestPairs.of(data, config.validationUsers(), ctx.seed()), ctx, 0.5);
        }
        List<HybridModel.Component> kept = new ArrayList<>();
        Map<String, Double> learned = new LinkedHashMap<>();
        for (int c = 0; c < parts; c++) {
            HybridConfig.Component spec = config.components().get(c);
            learned.put("weight." + spec.algorithm(), (double) weights[c]);
            if (weights[c] != 0) {
                kept.add(new HybridModel.Component(spec.algorithm(), trainComponent(spec, data, ctx), weights[c]));
            }
            ctx.progress().accept(0.5 + 0.5 * (c + 1) / parts);
        }
        Provenance base = ProvenanceIo.of(NAME, config, data.fingerprint(), ctx);
        Provenance p = new Provenance(base.algorithm(), base.config(), base.dataFingerprint(), base.seed(),
            base.codeVersion(), base.trainedAt(), learned);
        return new HybridModel(kept, p);
    }

    @Override
    public HybridConfig learnOn(HybridConfig config, HeldOut heldOut, TrainContext ctx) {
        float[] w = learn(config, heldOut.sample(config.validationUsers()), ctx, 1.0);
        List<Float> weights = new ArrayList<>();
        for (float x : w) {
            weights.add(x);
        }
        return config.withWeights(weights);
    }

    /**
     * Weights learned on {@code heldOut}: every component fitted on its training part, then coordinate ascent on the
     * held-out items' NDCG@10. Equal weights when there is nothing to learn from (one component, under 10 users).
     */
    private float[] learn(HybridConfig config, HeldOut heldOut, TrainContext ctx, double progressShare) {
        int parts = config.components().size();
        float[] equal = new float[parts];
        java.util.Arrays.fill(equal, 1f);
        if (heldOut.users().length < 10 || parts == 1) {
            return equal;
        }
        List<ScoringModel> reduced = new ArrayList<>();
        for (int c = 0; c < parts; c++) {
            reduced.add(trainComponent(config.components().get(c), heldOut.train(), ctx));
            ctx.progress().accept(progressShare * (c + 1) / parts);
        }
        return new WeightLearner(reduced, heldOut).learn(config.weightGrid());
    }

    private ScoringModel trainComponent(HybridConfig.Component spec, Interactions data, TrainContext ctx) {
        TrainContext quiet = new TrainContext(ctx.seed(), ctx.threads(), f -> { }, ctx.codeVersion(), ctx.trainedAt());
        return registry.apply(spec.algorithm()).train(spec.config(), data, quiet);
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return new HybridFormat(name -> registry.apply(name).format());
    }
}
