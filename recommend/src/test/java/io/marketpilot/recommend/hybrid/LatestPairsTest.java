package io.marketpilot.recommend.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.HeldOut;
import org.junit.jupiter.api.Test;

class LatestPairsTest {
    /** 400 users: one early purchase, then a basket of two items at one instant (items a and b, in that order). */
    private static Interactions baskets() {
        InteractionLog.Builder b = new InteractionLog.Builder();
        for (int u = 0; u < 400; u++) {
            b.add("u" + u, "early" + (u % 7), 1_000, "purchase", 1);
            b.add("u" + u, "a", 5_000 + u, "purchase", 1);
            b.add("u" + u, "b", 5_000 + u, "purchase", 1);
            b.add("u" + u, "c", 2_000, "purchase", 1);
        }
        return new InteractionsBuilder(EventWeights.binary()).build(b.build());
    }

    @Test
    void holds_out_each_users_latest_pair_and_keeps_the_rest_for_training() {
        Interactions data = baskets();
        HeldOut held = LatestPairs.of(data, 100, 3);

        assertThat(held.users()).hasSize(100);
        for (int t = 0; t < held.users().length; t++) {
            int u = held.users()[t];
            int target = held.targets()[t][0];
            assertThat(data.items().id(target)).isIn("a", "b");
            assertThat(held.train().contains(u, target)).isFalse();
            assertThat(held.train().rowLength(u)).isEqualTo(data.rowLength(u) - 1);
            assertThat(held.requestMillis()[t]).isEqualTo(5_000 + Long.parseLong(data.users().id(u).substring(1)));
        }
    }

    @Test
    void a_tie_of_one_basket_is_broken_by_a_seeded_draw_not_by_item_order() {
        HeldOut held = LatestPairs.of(baskets(), 400, 3);

        long a = java.util.Arrays.stream(held.targets()).filter(t -> held.train().items().id(t[0]).equals("a"))
            .count();
        assertThat(a).isBetween(150L, 250L);
        assertThat(LatestPairs.of(baskets(), 400, 3).targets()).isDeepEqualTo(held.targets());
    }
}
