package io.marketpilot.recommend.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.hybrid.HybridAlgorithm;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import io.marketpilot.recommend.popularity.PopularityAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluationRunTest {
    /** Users of two tastes: even users buy even items, odd users odd items, in random order over time. */
    private static InteractionLog tastes() {
        Random r = new Random(5);
        InteractionLog.Builder b = new InteractionLog.Builder();
        long t = 0;
        for (int u = 0; u < 200; u++) {
            for (int n = 0; n < 6; n++) {
                int item = 2 * r.nextInt(20) + (u % 2);
                b.add("u" + u, "i" + item, t += 1000, "purchase", 1);
            }
        }
        return b.build();
    }

    /** Scores items of the user's parity high when {@code right}, the other parity when not. */
    record ParityConfig(boolean right) implements AlgorithmConfig {
        @Override
        public Map<String, Object> params() {
            return Map.of("right", right);
        }
    }

    static final class ParityAlgorithm implements Algorithm<ParityConfig> {
        final List<Interactions> seen = new ArrayList<>();

        @Override
        public String name() {
            return "parity";
        }

        @Override
        public ParityConfig defaults() {
            return new ParityConfig(false);
        }

        @Override
        public List<ParityConfig> searchSpace() {
            return List.of(new ParityConfig(false), new ParityConfig(true));
        }

        @Override
        public Trainer<Interactions, ScoringModel> trainer(ParityConfig c, TrainContext ctx) {
            return data -> {
                seen.add(data);
                return new ScoringModel() {
                    @Override
                    public int itemCount() {
                        return data.itemCount();
                    }

                    @Override
                    public void score(UserHistory h, float[] out) {
                        int parity = Integer.parseInt(data.items().id(h.items()[0]).substring(1)) % 2;
                        for (int i = 0; i < out.length; i++) {
                            int p = Integer.parseInt(data.items().id(i).substring(1)) % 2;
                            out[i] = (p == parity) == c.right() ? 1 : 0;
                        }
                    }

                    @Override
                    public io.marketpilot.core.model.Provenance provenance() {
                        return null;
                    }
                };
            };
        }

        @Override
        public ModelFormat<? extends ScoringModel> format() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void tuning_picks_the_better_config_on_validation_data_that_never_contains_a_test_pair() {
        ParityAlgorithm parity = new ParityAlgorithm();
        Algorithms algorithms = Algorithms.of(List.of(PopularityAlgorithm.allTime(), PopularityAlgorithm.recent(),
            parity));
        InteractionLog log = tastes();
        var run = new EvaluationRun(algorithms, TrainContext.seeded(1), EvaluationRun.Listener.NONE);
        EvaluationReport report = run.run(log, new EvaluationRun.Request("tastes", new Protocol.LeaveOneOut(), 5,
            List.of("parity"), true, EventWeights.binary(), 1000));

        assertThat(report.models()).extracting(ModelResult::name)
            .containsExactly("popularity", "recent-popularity", "parity");
        ModelResult p = report.models().get(2);
        assertThat(p.params()).containsEntry("right", true);
        assertThat(p.tuning()).hasSize(2);
        assertThat(p.metrics().get("HR@5")).isGreaterThan(report.models().get(0).metrics().get("HR@5"));

        Split test = new Protocol.LeaveOneOut().split(log, EventWeights.binary());
        for (Interactions validationTrain : parity.seen.subList(0, 2)) {
            for (int t = 0; t < test.users().length; t++) {
                assertThat(validationTrain.contains(test.users()[t], test.targets()[t][0])).isFalse();
            }
            assertThat(validationTrain.pairs()).isLessThan(test.train().pairs());
        }
    }

    @Test
    void a_composite_blends_the_tuned_components_with_weights_learned_on_the_validation_split() {
        ParityAlgorithm parity = new ParityAlgorithm();
        java.util.concurrent.atomic.AtomicReference<Algorithms> self = new java.util.concurrent.atomic.AtomicReference<>();
        Algorithms algorithms = Algorithms.of(List.of(PopularityAlgorithm.allTime(), PopularityAlgorithm.recent(),
            parity, new HybridAlgorithm(n -> self.get().get(n), List.of("popularity", "parity"))));
        self.set(algorithms);
        var run = new EvaluationRun(algorithms, TrainContext.seeded(1), EvaluationRun.Listener.NONE);

        EvaluationReport report = run.run(tastes(), new EvaluationRun.Request("tastes", new Protocol.LeaveOneOut(), 5,
            List.of("parity", "hybrid"), true, EventWeights.binary(), 1000));

        ModelResult hybrid = report.models().get(3);
        assertThat(hybrid.name()).isEqualTo("hybrid");
        assertThat(hybrid.params()).containsEntry("parity", Map.of("right", true)).containsKey("weights");
        @SuppressWarnings("unchecked")
        Map<String, Object> weights = (Map<String, Object>) hybrid.params().get("weights");
        assertThat((float) weights.get("parity")).isGreaterThan((float) weights.get("popularity"));
        // parity: two tuning fits and its own final fit, then the hybrid's fit on validation data and its final fit
        assertThat(parity.seen).hasSize(2 + 1 + 1 + 1);
    }

    @Test
    void an_unknown_model_fails_before_any_work_and_names_the_known_ones() {
        Algorithms algorithms = Algorithms.of(List.of(PopularityAlgorithm.allTime(), PopularityAlgorithm.recent()));
        var run = new EvaluationRun(algorithms, TrainContext.seeded(1), EvaluationRun.Listener.NONE);
        assertThatThrownBy(() -> run.run(tastes(), new EvaluationRun.Request("x",
            new Protocol.TimeSplit(Optional.empty()), 10, List.of("nope"), false, EventWeights.binary(), 100)))
            .hasMessageContaining("unknown model 'nope'").hasMessageContaining("popularity, recent-popularity");
    }
}
