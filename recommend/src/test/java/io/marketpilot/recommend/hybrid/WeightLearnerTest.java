package io.marketpilot.recommend.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.HeldOut;
import io.marketpilot.recommend.model.TrainContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightLearnerTest {
    /** One user who has item h; items i0..i19 exist through other users; i19 only in the held-out set. */
    private static Interactions catalogue() {
        InteractionLog.Builder b = new InteractionLog.Builder();
        b.add("user", "h", 1, "purchase", 1);
        for (int i = 0; i < 19; i++) {
            b.add("other", "i" + i, 1, "purchase", 1);
        }
        b.add("late", "i19", 2, "purchase", 1);
        return new InteractionsBuilder(EventWeights.binary()).build(b.build());
    }

    /** Scores item i{k} as 100 − k: i0 first, i1 second, … (h last). */
    private static final ScriptedAlgorithm.Rule DESCENDING = (data, h, out) -> {
        for (int i = 0; i < out.length; i++) {
            String id = data.items().id(i);
            out[i] = id.startsWith("i") ? 100 - Integer.parseInt(id.substring(1)) : -1;
        }
    };

    @Test
    void objective_is_ndcg_at_10_with_binary_gains_over_all_held_out_items() {
        Interactions data = catalogue();
        int user = data.users().index("user");
        int[] targets = {data.items().index("i0"), data.items().index("i3"), data.items().index("i12")};
        HeldOut heldOut = new HeldOut(data, new int[] {user}, new int[][] {targets}, new long[] {3});
        var model = new ScriptedAlgorithm("descending", DESCENDING).trainer(new ScriptedAlgorithm.Config(), TrainContext.seeded(1)).train(data);

        double ndcg = new WeightLearner(List.of(model), heldOut).objective(new float[] {1});

        double dcg = 1 / log2(2) + 1 / log2(5);     // i0 at rank 1, i3 at rank 4, i12 below the top 10
        double ideal = 1 / log2(2) + 1 / log2(3) + 1 / log2(4);
        assertThat(ndcg).isCloseTo(dcg / ideal, offset(1e-9));
    }

    @Test
    void an_item_never_trained_on_counts_as_a_miss_and_is_never_ranked() {
        Interactions data = catalogue();
        Interactions train = data.without(java.util.BitSet.valueOf(new long[] {1L << (data.pairs() - 1)}));
        int user = train.users().index("user");
        int[] targets = {train.items().index("i19")};
        HeldOut heldOut = new HeldOut(train, new int[] {user}, new int[][] {targets}, new long[] {3});
        var model = new ScriptedAlgorithm("descending", DESCENDING).trainer(new ScriptedAlgorithm.Config(), TrainContext.seeded(1))
            .train(train);

        assertThat(new WeightLearner(List.of(model), heldOut).objective(new float[] {1})).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
