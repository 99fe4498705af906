package io.marketpilot.recommend.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IalsAlgorithmTest {
    private static final PlantedClusters CLUSTERS = PlantedClusters.of(3, 20, 30, 8, 7);
    private static final IalsConfig SMALL = IalsConfig.of(8, 0.1, 10, 10);

    private static TrainContext context(long seed, int threads) {
        return new TrainContext(seed, threads, p -> { }, "test", Instant.EPOCH);
    }

    private static IalsModel train(IalsConfig config, Interactions data, int threads) {
        return new IalsAlgorithm().trainer(config, context(42, threads)).train(data);
    }

    /** Share of users whose top 5 unseen items all come from their own cluster. */
    private static double ownClusterShare(IalsModel model, boolean anonymous) {
        Interactions data = CLUSTERS.data();
        float[] scores = new float[model.itemCount()];
        int good = 0;
        int users = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (CLUSTERS.clusterOfUser(u) < 0) {
                continue;
            }
            UserHistory h = data.history(u);
            model.score(anonymous ? h.asAnonymous() : h, scores);
            int uu = u;
            int[] top = TopItems.of(scores, 5, i -> data.contains(uu, i));
            boolean own = true;
            for (int i : top) {
                own &= CLUSTERS.clusterOfItem(i) == CLUSTERS.clusterOfUser(u);
            }
            good += own ? 1 : 0;
            users++;
        }
        return good / (double) users;
    }

    @Test
    void users_get_unseen_items_of_their_own_cluster_first() {
        IalsModel model = train(SMALL, CLUSTERS.data(), 1);

        assertThat(ownClusterShare(model, false)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void anonymous_fold_in_of_the_same_history_recommends_like_the_learned_vector() {
        IalsModel model = train(SMALL, CLUSTERS.data(), 1);

        assertThat(ownClusterShare(model, true)).isGreaterThanOrEqualTo(0.95);
        for (int u = 1; u < 10; u++) {
            UserHistory h = CLUSTERS.data().history(u);
            assertThat(cosine(model.foldIn(h.asAnonymous()), model.userVector(h))).isGreaterThan(0.95);
        }
    }

    @Test
    void an_unchanged_training_history_uses_the_learned_vector_and_a_new_event_folds_in() {
        IalsModel model = train(SMALL, CLUSTERS.data(), 1);
        UserHistory h = CLUSTERS.data().history(5);
        float[] learned = model.userVector(h);

        int[] items = java.util.Arrays.copyOf(h.items(), h.size() + 1);
        items[h.size()] = firstUnseen(5);
        float[] weights = java.util.Arrays.copyOf(h.weights(), h.size() + 1);
        weights[h.size()] = 1f;
        UserHistory more = new UserHistory(5, items, weights, new long[items.length]);

        assertThat(model.userVector(h)).containsExactly(learned);
        assertThat(model.userVector(more)).isNotEqualTo(learned);
        float[] before = new float[model.itemCount()];
        float[] after = new float[model.itemCount()];
        model.score(h, before);
        model.score(more, after);
        assertThat(after[items[h.size()]]).isGreaterThan(before[items[h.size()]]);
    }

    @Test
    void a_user_without_history_scores_zero_everywhere() {
        IalsModel model = train(SMALL, CLUSTERS.data(), 1);
        float[] scores = new float[model.itemCount()];

        model.score(UserHistory.anonymous(new int[0]), scores);
        assertThat(scores).containsOnly(0f);

        int trainedWithoutPairs = CLUSTERS.data().users().index("seed-user");
        model.score(CLUSTERS.data().history(trainedWithoutPairs), scores);
        assertThat(scores).containsOnly(0f);
    }

    @Test
    void the_same_seed_gives_the_same_model_whatever_the_thread_count() {
        IalsModel one = train(SMALL, CLUSTERS.data(), 1);
        IalsModel again = train(SMALL, CLUSTERS.data(), 1);
        IalsModel three = train(SMALL, CLUSTERS.data(), 3);
        IalsModel otherSeed = new IalsAlgorithm().trainer(SMALL, context(43, 1)).train(CLUSTERS.data());

        assertThat(again.userFactors()).containsExactly(one.userFactors());
        assertThat(three.userFactors()).containsExactly(one.userFactors());
        assertThat(three.itemFactors()).containsExactly(one.itemFactors());
        assertThat(otherSeed.itemFactors()).isNotEqualTo(one.itemFactors());
    }

    @Test
    void conjugate_gradient_converges_to_the_exact_cholesky_solution() {
        IalsModel exact = train(SMALL.withSolver(IalsConfig.Solver.CHOLESKY, 1), CLUSTERS.data(), 1);
        IalsModel cg = train(SMALL.withSolver(IalsConfig.Solver.CG, 3), CLUSTERS.data(), 1);

        assertThat(ownClusterShare(exact, false)).isGreaterThanOrEqualTo(0.95);
        // the fold-in solves one row to convergence: both solvers must agree on the same system
        UserHistory h = CLUSTERS.data().history(3).asAnonymous();
        float[] viaCg = cg.foldIn(h);
        float[] viaCholesky = exactFoldIn(cg, h);
        assertThat(cosine(viaCg, viaCholesky)).isGreaterThan(0.9999);
    }

    @Test
    void every_configuration_choice_still_learns_the_clusters() {
        List<IalsConfig> variants = new ArrayList<>();
        variants.add(SMALL.withConfidence(IalsConfig.Confidence.LOG, 0.5));
        variants.add(IalsConfig.of(8, 1, 10, 10).withRegScaling(IalsConfig.RegScaling.CONSTANT));
        variants.add(IalsConfig.of(7, 1, 40, 10));
        for (IalsConfig c : variants) {
            assertThat(ownClusterShare(train(c, CLUSTERS.data(), 2), true)).as("%s", c).isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void training_reports_progress_up_to_one() {
        List<Double> seen = new ArrayList<>();
        new IalsAlgorithm().trainer(SMALL, new TrainContext(1, 1, seen::add, "test", Instant.EPOCH))
            .train(CLUSTERS.data());

        assertThat(seen).hasSize(2 * SMALL.iterations()).isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void provenance_names_the_algorithm_config_data_and_seed() {
        IalsModel model = train(SMALL, CLUSTERS.data(), 1);

        assertThat(model.provenance().algorithm()).isEqualTo("ials");
        assertThat(model.provenance().config()).containsEntry("factors", "8").containsEntry("solver", "cg");
        assertThat(model.provenance().dataFingerprint()).isEqualTo(CLUSTERS.data().fingerprint());
        assertThat(model.provenance().seed()).isEqualTo(42);
    }

    @Test
    void repeated_items_in_a_history_count_as_one_pair_with_summed_weight() {
        IalsModel model = train(SMALL, CLUSTERS.data(), 1);
        UserHistory twice = new UserHistory(-1, new int[] {3, 5, 3}, new float[] {1, 1, 1}, new long[3]);
        UserHistory summed = new UserHistory(-1, new int[] {3, 5}, new float[] {2, 1}, new long[2]);

        assertThat(model.foldIn(twice)).containsExactly(model.foldIn(summed));
    }

    @Test
    void an_item_outside_the_catalogue_is_rejected_with_the_valid_range() {
        IalsModel model = train(SMALL, CLUSTERS.data(), 1);

        assertThatThrownBy(() -> model.foldIn(UserHistory.anonymous(new int[] {60})))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..59");
    }

    @Test
    void invalid_configs_are_rejected_with_the_value() {
        assertThatThrownBy(() -> IalsConfig.of(0, 0.1, 1, 15)).hasMessageContaining("factors").hasMessageContaining("0");
        assertThatThrownBy(() -> IalsConfig.of(8, -1, 1, 15)).hasMessageContaining("lambda");
        assertThatThrownBy(() -> IalsConfig.of(8, 0.1, Double.NaN, 15)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> IalsConfig.of(8, 0.1, 1, 0)).hasMessageContaining("iterations");
    }

    @Test
    void the_search_space_holds_at_most_27_configs_including_the_defaults() {
        IalsAlgorithm a = new IalsAlgorithm();

        assertThat(a.searchSpace()).hasSizeLessThanOrEqualTo(27).contains(a.defaults()).doesNotHaveDuplicates();
    }

    private int firstUnseen(int u) {
        for (int i = 0; i < CLUSTERS.data().itemCount(); i++) {
            if (!CLUSTERS.data().contains(u, i)) {
                return i;
            }
        }
        throw new AssertionError();
    }

    private static float[] exactFoldIn(IalsModel cg, UserHistory h) {
        IalsConfig c = cg.config().withSolver(IalsConfig.Solver.CHOLESKY, 1);
        IalsModel exact = new IalsModel(c, cg.userCount(), cg.itemCount(), cg.userFactors(), cg.itemFactors(),
            cg.userKeys(), cg.provenance());
        return exact.foldIn(h);
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int f = 0; f < a.length; f++) {
            ab += a[f] * b[f];
            aa += a[f] * a[f];
            bb += b[f] * b[f];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
