package io.marketpilot.recommend.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.HeldOut;
import io.marketpilot.recommend.model.TrainContext;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HybridAlgorithmTest {
    /** Two tastes: even users buy even items, odd users odd items (40 items), 8 purchases each, in time order. */
    static Interactions tastes(int users) {
        Random r = new Random(5);
        InteractionLog.Builder b = new InteractionLog.Builder();
        long t = 0;
        for (int u = 0; u < users; u++) {
            for (int n = 0; n < 8; n++) {
                b.add("u" + u, "i" + (2 * r.nextInt(20) + u % 2), t += 1000, "purchase", 1);
            }
        }
        return new InteractionsBuilder(EventWeights.binary()).build(b.build());
    }

    /** Scores the items of the history's parity 1, the others 0: knows the tastes. */
    static final ScriptedAlgorithm.Rule TASTE = (data, h, out) -> {
        int parity = parity(data, h.items()[h.size() - 1]);
        for (int i = 0; i < out.length; i++) {
            out[i] = parity(data, i) == parity ? 1 : 0;
        }
    };

    /** Seeded noise per (user, item): knows nothing. */
    static final ScriptedAlgorithm.Rule NOISE = (data, h, out) -> {
        Random r = new Random(h.items()[0] * 31L + h.size());
        for (int i = 0; i < out.length; i++) {
            out[i] = r.nextFloat();
        }
    };

    static int parity(Interactions data, int item) {
        return Integer.parseInt(data.items().id(item).substring(1)) % 2;
    }

    private final ScriptedAlgorithm taste = new ScriptedAlgorithm("taste", TASTE);
    private final ScriptedAlgorithm noise = new ScriptedAlgorithm("noise", NOISE);
    private final Map<String, Algorithm<?>> registry = Map.of("taste", taste, "noise", noise);
    private final HybridAlgorithm hybrid = new HybridAlgorithm(registry::get, List.of("noise", "taste"));

    @Test
    void weights_learned_on_held_out_items_favour_the_component_that_ranks_them() {
        HeldOut heldOut = LatestPairs.of(tastes(300), 3000, 1);

        HybridConfig learned = hybrid.learnOn(hybrid.defaults(), heldOut, TrainContext.seeded(1));

        assertThat(learned.weights()).hasSize(2);
        assertThat(learned.weights().get(1)).isGreaterThan(learned.weights().get(0));
        assertThat(taste.trainedOn).containsExactly(heldOut.train());
        assertThat(learned.params()).containsKey("weights");
    }

    @Test
    void fixed_weights_train_each_component_once_on_all_the_data_and_drop_zero_weights() {
        Interactions data = tastes(100);

        HybridModel model = hybrid.trainer(hybrid.defaults().withWeights(List.of(0f, 2f)), TrainContext.seeded(1))
            .train(data);

        assertThat(noise.trainedOn).isEmpty();
        assertThat(taste.trainedOn).containsExactly(data);
        assertThat(model.components()).extracting(HybridModel.Component::algorithm).containsExactly("taste");
        assertThat(model.provenance().metrics()).containsEntry("weight.taste", 2.0).containsEntry("weight.noise", 0.0);
    }

    @Test
    void without_fixed_weights_training_learns_them_on_its_own_latest_pairs_first() {
        Interactions data = tastes(300);

        HybridModel model = hybrid.trainer(hybrid.defaults(), TrainContext.seeded(1)).train(data);

        assertThat(taste.trainedOn).hasSize(2);
        assertThat(taste.trainedOn.get(0).pairs()).isLessThan(data.pairs());
        assertThat(taste.trainedOn.get(1)).isSameAs(data);
        assertThat(model.provenance().metrics().get("weight.taste"))
            .isGreaterThan(model.provenance().metrics().get("weight.noise"));
    }

    @Test
    void fixed_weights_must_be_one_per_component_non_negative_and_not_all_zero() {
        HybridConfig config = hybrid.defaults();
        assertThatThrownBy(() -> config.withWeights(List.of(1f)))
            .hasMessageContaining("2 components, 1 weights");
        assertThatThrownBy(() -> config.withWeights(List.of(1f, -1f))).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> config.withWeights(List.of(0f, 0f))).hasMessageContaining("positive");
    }
}
