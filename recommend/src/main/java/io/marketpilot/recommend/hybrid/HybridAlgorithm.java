package io.marketpilot.recommend.hybrid;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.CompositeAlgorithm;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code hybrid}: blends the normalised scores of several models with weights learned on validation data carved
 * from its own training data (each sampled user's latest pair held out), then retrains the components on all of it.
 */
public final class HybridAlgorithm implements CompositeAlgorithm<HybridConfig> {
    public static final String NAME = "hybrid";
    static final List<Float> GRID = List.of(0f, 0.1f, 0.25f, 0.5f, 1f, 2f, 4f);

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
        return new HybridConfig(cs, 2000, GRID);
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
        Holdout holdout = Holdout.latest(data, config.validationUsers());
        float[] weights = new float[parts];
        java.util.Arrays.fill(weights, 1f);
        if (holdout.users().length >= 10 && parts > 1) {
            List<ScoringModel> reduced = new ArrayList<>();
            for (int c = 0; c < parts; c++) {
                reduced.add(trainComponent(config.components().get(c), holdout.train(), ctx));
                ctx.progress().accept(0.5 * (c + 1) / parts);
            }
            weights = new WeightLearner(reduced, holdout.train(), holdout.users(), holdout.items())
                .learn(config.weightGrid());
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

    private ScoringModel trainComponent(HybridConfig.Component spec, Interactions data, TrainContext ctx) {
        TrainContext quiet = new TrainContext(ctx.seed(), ctx.threads(), f -> { }, ctx.codeVersion(), ctx.trainedAt());
        return registry.apply(spec.algorithm()).train(spec.config(), data, quiet);
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return new HybridFormat(name -> registry.apply(name).format());
    }

    /** Each sampled user's latest pair held out (users with at least 3 pairs, evenly spaced up to a maximum). */
    record Holdout(Interactions train, int[] users, int[] items) {
        static Holdout latest(Interactions data, int maxUsers) {
            List<Integer> eligible = new ArrayList<>();
            for (int u = 0; u < data.userCount(); u++) {
                if (data.rowLength(u) >= 3) {
                    eligible.add(u);
                }
            }
            int step = Math.max(1, (int) Math.ceil((double) eligible.size() / maxUsers));
            BitSet drop = new BitSet(data.pairs());
            List<int[]> picked = new ArrayList<>();
            for (int k = 0; k < eligible.size(); k += step) {
                int u = eligible.get(k);
                int best = data.rowStart(u);
                for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                    if (data.lastTime(p) >= data.lastTime(best)) {
                        best = p;
                    }
                }
                drop.set(best);
                picked.add(new int[] {u, data.col(best)});
            }
            return new Holdout(data.without(drop), picked.stream().mapToInt(a -> a[0]).toArray(),
                picked.stream().mapToInt(a -> a[1]).toArray());
        }
    }
}
