package io.marketpilot.recommend.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.model.ScoreMoments;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Two-stage serving's second stage, for every model: scoring only candidates gives each candidate the score full
 * scoring gives it, and the moments returned are those of the full score array, so candidates z-score exactly as
 * the whole catalogue would. Data: a seeded shop of 12 taste clusters (items with cluster words in their texts,
 * customers with 2 clusters, views and purchases in sessions over 30 days).
 */
class CandidateScoringTest {
    private static final Shop SHOP = Shop.of(12, 25, 500, 11);
    private static final Algorithms ALGORITHMS = StandardAlgorithms.create(SHOP.texts()::get,
        List.of("ials", "item-knn", "session-knn", "content"));

    private record Shop(Interactions data, Map<String, String> texts) {
        static Shop of(int clusters, int itemsPerCluster, int users, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            InteractionLog.Builder log = new InteractionLog.Builder();
            Map<String, String> texts = new HashMap<>();
            for (int c = 0; c < clusters; c++) {
                for (int i = 0; i < itemsPerCluster; i++) {
                    String id = "c" + c + "-i" + i;
                    texts.put(id, "word" + c + " kind" + (i % 5) + " thing" + r.nextInt(40) + " brand" + (c * 3 + i % 3));
                    log.add("listing", id, 0, "listed", 1f);
                }
            }
            long day = 86_400_000L;
            for (int u = 0; u < users; u++) {
                int a = r.nextInt(clusters);
                int b = r.nextInt(clusters);
                int events = 5 + r.nextInt(11);
                long t = day + (long) (r.nextDouble() * 29 * day);
                for (int e = 0; e < events; e++) {
                    int c = r.nextDouble() < 0.7 ? a : r.nextDouble() < 0.8 ? b : r.nextInt(clusters);
                    int i = (int) Math.min(itemsPerCluster - 1, Math.floor(-Math.log(1 - r.nextDouble()) * 5));
                    t += r.nextDouble() < 0.2 ? day : 60_000L * (1 + r.nextInt(20));
                    log.add("u" + u, "c" + c + "-i" + i, t, r.nextDouble() < 0.15 ? "purchase" : "view", 1f);
                }
            }
            EventWeights w = new EventWeights(Map.of("view", 1f, "purchase", 5f), 0f, false, java.util.Optional.empty());
            return new Shop(new InteractionsBuilder(w).build(log.build()), texts);
        }
    }

    private static ScoringModel train(String name) {
        Algorithm<?> algo = ALGORITHMS.get(name);
        return algo.train(algo.defaults(), SHOP.data(), new TrainContext(42, 1, p -> { }, "test", Instant.EPOCH));
    }

    /** Known users as trained, the same users folded in, a new visitor with two items, and an empty history. */
    private static List<UserHistory> histories() {
        Interactions d = SHOP.data();
        List<UserHistory> out = new ArrayList<>();
        for (int u = 0; u < d.userCount(); u += 37) {
            if (d.rowLength(u) > 0) {
                UserHistory h = d.history(u).at(40 * 86_400_000L);
                out.add(h);
                out.add(h.asAnonymous());
            }
        }
        out.add(UserHistory.anonymous(new int[] {3, 40}));
        out.add(UserHistory.anonymous(new int[0]));
        return out;
    }

    private static int[] someItems(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return IntStream.range(0, n).filter(i -> r.nextInt(3) == 0).toArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ials", "item-knn", "session-knn", "content", "popularity", "recent-popularity", "ease",
        "user-knn"})
    void candidates_get_their_full_scores_and_the_moments_of_the_full_array(String name) {
        ScoringModel model = train(name);
        int n = model.itemCount();
        int[] candidates = someItems(n, name.hashCode());
        for (UserHistory h : histories()) {
            float[] full = new float[n];
            model.score(h, full);
            float[] some = new float[candidates.length];
            ScoreMoments m = model.scoreCandidates(h, candidates, some);
            ScoreMoments truth = ScoreMoments.of(full);
            for (int c = 0; c < candidates.length; c++) {
                float v = full[candidates[c]];
                assertThat(some[c]).as("%s item %d", name, candidates[c]).isCloseTo(v, within(1e-5f * Math.max(1, Math.abs(v))));
            }
            assertThat(m.mean()).as("%s mean", name).isCloseTo(truth.mean(), within(1e-5 * Math.max(1, truth.sd())));
            assertThat(m.sd()).as("%s sd", name).isCloseTo(truth.sd(), within(1e-4 * Math.max(1e-3, truth.sd())));
        }
    }

    @Test
    void the_hybrid_scores_candidates_exactly_and_estimates_its_own_spread_from_a_sample() {
        ScoringModel hybrid = train("hybrid");
        int n = hybrid.itemCount();
        int[] candidates = someItems(n, 5);
        for (UserHistory h : histories()) {
            float[] full = new float[n];
            hybrid.score(h, full);
            float[] some = new float[candidates.length];
            ScoreMoments m = hybrid.scoreCandidates(h, candidates, some);
            for (int c = 0; c < candidates.length; c++) {
                assertThat(some[c]).isCloseTo(full[candidates[c]], within(1e-4f));
            }
            ScoreMoments truth = ScoreMoments.of(full);
            assertThat(m.mean()).isZero();
            assertThat(truth.mean()).isCloseTo(0, within(1e-4));
            // the correlations between components come from a sample: close, not exact
            assertThat(m.sd()).isCloseTo(truth.sd(), within(0.15 * truth.sd() + 1e-6));
        }
    }

    @Test
    void when_the_candidates_hold_the_full_top_items_both_paths_rank_them_alike() {
        ScoringModel hybrid = train("hybrid");
        int n = hybrid.itemCount();
        for (UserHistory h : histories()) {
            float[] full = new float[n];
            hybrid.score(h, full);
            int[] top = TopItems.of(full, 10, i -> false);
            int[] candidates = IntStream.concat(IntStream.of(top), IntStream.of(someItems(n, 9)))
                .distinct().toArray();
            float[] some = new float[candidates.length];
            hybrid.scoreCandidates(h, candidates, some);
            int[] best = TopItems.of(some, 10, p -> false);
            int[] items = IntStream.of(best).map(p -> candidates[p]).toArray();
            assertThat(items).containsExactly(top);
        }
    }

    @Test
    void retrieval_and_scoring_of_one_history_object_share_one_vote_count() {
        var knn = (io.marketpilot.recommend.knn.ItemKnnModel) train("item-knn");
        UserHistory h = SHOP.data().history(3).asAnonymous();
        assertThat(knn.votes(h)).isSameAs(knn.votes(h));
        UserHistory equal = new UserHistory(h.user(), h.items(), h.weights(), h.times(), h.nowMillis());
        var again = knn.votes(equal);
        assertThat(again).isNotSameAs(knn.votes(h));
        assertThat(again.size()).isEqualTo(knn.votes(h).size());
    }
}
