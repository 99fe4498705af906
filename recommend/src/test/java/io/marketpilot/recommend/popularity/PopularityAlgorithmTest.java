package io.marketpilot.recommend.popularity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import org.junit.jupiter.api.Test;

class PopularityAlgorithmTest {
    private static final long DAY = 86_400_000L;

    /** "old" is bought by 3 users long ago; "hot" by 2 users in the last days; "cold" by 1 user long ago. */
    private static Interactions data() {
        InteractionLog.Builder b = new InteractionLog.Builder();
        for (int u = 0; u < 3; u++) {
            b.add("u" + u, "old", 0, "purchase", 1);
        }
        b.add("u0", "cold", DAY, "purchase", 1);
        b.add("u1", "hot", 29 * DAY, "purchase", 1);
        b.add("u2", "hot", 30 * DAY, "purchase", 1);
        return new InteractionsBuilder(EventWeights.binary()).build(b.build());
    }

    private static int[] top(ScoringModel m, UserHistory h) {
        float[] s = new float[m.itemCount()];
        m.score(h, s);
        return TopItems.of(s, 3, i -> false);
    }

    @Test
    void all_time_popularity_ranks_by_users() {
        Interactions d = data();
        ScoringModel m = PopularityAlgorithm.allTime().train(new PopularityConfig(0), d, TrainContext.seeded(1));
        assertThat(top(m, UserHistory.anonymous(new int[0])))
            .containsExactly(d.items().index("old"), d.items().index("hot"), d.items().index("cold"));
    }

    @Test
    void recent_popularity_counts_the_window_before_the_request_and_breaks_ties_by_all_time() {
        Interactions d = data();
        var algo = PopularityAlgorithm.recent();
        ScoringModel m = algo.train(algo.defaults(), d, TrainContext.seeded(1));
        UserHistory now = UserHistory.anonymous(new int[0]).at(30 * DAY);
        assertThat(top(m, now)[0]).isEqualTo(d.items().index("hot"));
        // a request long ago sees nothing recent: all-time order decides
        UserHistory then = UserHistory.anonymous(new int[0]).at(10 * DAY);
        assertThat(top(m, then)).startsWith(d.items().index("old"));
    }

    @Test
    void both_round_trip_through_their_formats_and_reject_corruption() {
        Interactions d = data();
        for (var algo : new PopularityAlgorithm[] {PopularityAlgorithm.allTime(), PopularityAlgorithm.recent()}) {
            ScoringModel m = algo.train(algo.defaults(), d, TrainContext.seeded(3));
            byte[] bytes = algo.format().write(m);
            ScoringModel back = algo.format().read(bytes);
            UserHistory h = UserHistory.anonymous(new int[0]).at(30 * DAY);
            assertThat(top(back, h)).containsExactly(top(m, h));
            assertThat(back.provenance()).isEqualTo(m.provenance());
            bytes[bytes.length / 2] ^= 1;
            assertThatThrownBy(() -> algo.format().read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class);
        }
    }
}
