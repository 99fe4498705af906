package io.marketpilot.recommend.hybrid;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A component for hybrid tests: scores with a fixed rule of the training data, and records what it trained on. */
final class ScriptedAlgorithm implements Algorithm<ScriptedAlgorithm.Config> {
    /** The rule: item scores for one history, given the training data. */
    interface Rule {
        void score(Interactions data, UserHistory history, float[] out);
    }

    record Config() implements AlgorithmConfig {
        @Override
        public Map<String, Object> params() {
            return Map.of();
        }
    }

    private final String name;
    private final Rule rule;
    final List<Interactions> trainedOn = new ArrayList<>();

    ScriptedAlgorithm(String name, Rule rule) {
        this.name = name;
        this.rule = rule;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Config defaults() {
        return new Config();
    }

    @Override
    public List<Config> searchSpace() {
        return List.of(defaults());
    }

    @Override
    public Trainer<Interactions, ScoringModel> trainer(Config config, TrainContext context) {
        return data -> {
            trainedOn.add(data);
            Provenance p = ProvenanceIo.of(name, config, data.fingerprint(), context);
            return new ScoringModel() {
                @Override
                public int itemCount() {
                    return data.itemCount();
                }

                @Override
                public void score(UserHistory history, float[] out) {
                    rule.score(data, history, out);
                }

                @Override
                public Provenance provenance() {
                    return p;
                }
            };
        };
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        throw new UnsupportedOperationException("not persisted in tests");
    }
}
