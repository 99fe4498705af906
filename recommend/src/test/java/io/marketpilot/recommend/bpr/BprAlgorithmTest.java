package io.marketpilot.recommend.bpr;

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

class BprAlgorithmTest {
    private static final PlantedClusters CLUSTERS = PlantedClusters.of(3, 20, 30, 8, 7);
    private static final BprConfig SMALL = BprConfig.of(8, 40, 0.05, 0.01);

    private static TrainContext context(long seed, int threads) {
        return new TrainContext(seed, threads, p -> { }, "test", Instant.EPOCH);
    }

    private static BprModel train(BprConfig config, int threads) {
        return new BprAlgorithm().trainer(config, context(42, threads)).train(CLUSTERS.data());
    }

    /** Share of users whose top 5 unseen items all come from their own cluster. */
    private static double ownClusterShare(BprModel model, boolean anonymous) {
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
            boolean own = true;
            for (int i : TopItems.of(scores, 5, i -> data.contains(uu, i))) {
                own &= CLUSTERS.clusterOfItem(i) == CLUSTERS.clusterOfUser(u);
            }
            good += own ? 1 : 0;
            users++;
        }
        return good / (double) users;
    }

    @Test
    void users_get_unseen_items_of_their_own_cluster_first() {
        assertThat(ownClusterShare(train(SMALL, 1), false)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void anonymous_fold_in_recommends_from_the_histories_cluster() {
        assertThat(ownClusterShare(train(SMALL, 1), true)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void fold_in_is_deterministic_for_a_history() {
        BprModel model = train(SMALL, 1);
        UserHistory h = CLUSTERS.data().history(4).asAnonymous();

        assertThat(model.foldIn(h)).containsExactly(model.foldIn(h));
    }

    @Test
    void an_unchanged_training_history_uses_the_learned_vector_and_a_new_event_folds_in() {
        BprModel model = train(SMALL, 1);
        UserHistory h = CLUSTERS.data().history(5);
        int[] items = java.util.Arrays.copyOf(h.items(), h.size() + 1);
        items[h.size()] = h.items()[0] == 0 ? 1 : 0;
        float[] weights = java.util.Arrays.copyOf(h.weights(), h.size() + 1);
        weights[h.size()] = 1f;

        assertThat(model.userVector(h)).containsExactly(model.userVector(h));
        assertThat(model.userVector(new UserHistory(5, items, weights, new long[items.length])))
            .isNotEqualTo(model.userVector(h));
    }

    @Test
    void an_empty_history_ranks_by_item_bias() {
        BprModel model = train(SMALL, 1);
        float[] scores = new float[model.itemCount()];

        model.score(UserHistory.anonymous(new int[0]), scores);
        assertThat(scores).containsExactly(model.itemBias());

        int trainedWithoutPairs = CLUSTERS.data().users().index("seed-user");
        model.score(CLUSTERS.data().history(trainedWithoutPairs), scores);
        assertThat(scores).containsExactly(model.itemBias());
    }

    @Test
    void the_same_seed_gives_the_same_model_and_hogwild_on_one_thread_changes_nothing() {
        BprModel one = train(SMALL, 1);
        BprModel again = train(SMALL, 4);
        BprModel hogwildOne = train(SMALL.withHogwild(true), 1);
        BprModel otherSeed = new BprAlgorithm().trainer(SMALL, context(43, 1)).train(CLUSTERS.data());

        assertThat(again.itemFactors()).containsExactly(one.itemFactors());
        assertThat(again.userFactors()).containsExactly(one.userFactors());
        assertThat(hogwildOne.itemFactors()).containsExactly(one.itemFactors());
        assertThat(otherSeed.itemFactors()).isNotEqualTo(one.itemFactors());
    }

    @Test
    void hogwild_on_several_threads_and_popular_negatives_still_learn_the_clusters() {
        assertThat(ownClusterShare(train(SMALL.withHogwild(true), 2), false)).isGreaterThanOrEqualTo(0.9);
        assertThat(ownClusterShare(train(SMALL.withNegatives(BprConfig.Negatives.POPULAR), 1), false))
            .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void training_reports_progress_up_to_one() {
        List<Double> seen = new ArrayList<>();
        new BprAlgorithm().trainer(SMALL, new TrainContext(1, 1, seen::add, "test", Instant.EPOCH))
            .train(CLUSTERS.data());

        assertThat(seen).hasSize(SMALL.epochs()).isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void provenance_names_the_algorithm_config_data_and_seed() {
        BprModel model = train(SMALL, 1);

        assertThat(model.provenance().algorithm()).isEqualTo("bpr");
        assertThat(model.provenance().config()).containsEntry("factors", "8").containsEntry("negatives", "uniform");
        assertThat(model.provenance().dataFingerprint()).isEqualTo(CLUSTERS.data().fingerprint());
        assertThat(model.provenance().seed()).isEqualTo(42);
    }

    @Test
    void an_item_outside_the_catalogue_is_rejected_with_the_valid_range() {
        BprModel model = train(SMALL, 1);

        assertThatThrownBy(() -> model.foldIn(UserHistory.anonymous(new int[] {-1})))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..59");
    }

    @Test
    void invalid_configs_are_rejected_with_the_value() {
        assertThatThrownBy(() -> BprConfig.of(0, 10, 0.05, 0.01)).hasMessageContaining("factors");
        assertThatThrownBy(() -> BprConfig.of(8, 0, 0.05, 0.01)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> BprConfig.of(8, 10, 0, 0.01)).hasMessageContaining("learningRate");
        assertThatThrownBy(() -> BprConfig.of(8, 10, 0.05, -1)).hasMessageContaining("regularization");
    }

    @Test
    void the_search_space_holds_at_most_27_configs_including_the_defaults() {
        BprAlgorithm a = new BprAlgorithm();

        assertThat(a.searchSpace()).hasSizeLessThanOrEqualTo(27).contains(a.defaults()).doesNotHaveDuplicates();
    }
}
