package io.marketpilot.bench.sparkals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test on planted clusters: 3 clusters of 20 users and 10 items; each user draws 6 items (with repeats) of their
 * own cluster. Rank 4 is enough for 3 clusters; higher ranks fit within-cluster co-occurrence noise on data this
 * small. Spark starts once for the class (seconds), and fits twice.
 */
class SparkAlsAlgorithmTest {
    private static final int CLUSTERS = 3;
    private static final int USERS_PER = 20;
    private static final int ITEMS_PER = 10;
    private static final SparkAlsConfig CONFIG = new SparkAlsConfig(4, 0.1, 10, 10, true, 2);

    private static final SparkAlsAlgorithm ALS = new SparkAlsAlgorithm();
    private static Interactions data;
    private static SparkAlsModel model;

    @BeforeAll
    static void train() {
        data = planted(7);
        model = ALS.trainer(CONFIG, TrainContext.seeded(42)).train(data);
    }

    @AfterAll
    static void stopSpark() {
        ALS.close();
    }

    @Test
    void users_get_unseen_items_of_their_own_cluster() {
        int hits = 0;
        int total = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (data.users().id(u).endsWith("_0")) {
                continue; // the seed user of each cluster has all its items: nothing of its own cluster is unseen
            }
            for (int item : topUnseen(u, score(data.history(u)), 3)) {
                hits += cluster(data.users().id(u)) == cluster(data.items().id(item)) ? 1 : 0;
                total++;
            }
        }
        assertThat((double) hits / total).isGreaterThan(0.95);
    }

    @Test
    void same_data_and_seed_give_the_same_model() {
        SparkAlsModel again = ALS.trainer(CONFIG, TrainContext.seeded(42)).train(data);
        for (int u = 0; u < data.userCount(); u++) {
            assertThat(again.userFactor(u)).containsExactly(model.userFactor(u));
        }
        assertThat(again.provenance()).isEqualTo(model.provenance());
    }

    @Test
    void fold_in_of_a_training_users_history_reproduces_sparks_user_factor() {
        for (int u = 0; u < data.userCount(); u++) {
            float[] known = score(data.history(u));
            float[] folded = score(data.history(u).asAnonymous());
            for (int i = 0; i < known.length; i++) {
                assertThat(folded[i]).as("user %d item %d", u, i).isCloseTo(known[i], offset(2e-3f));
            }
        }
    }

    @Test
    void fold_in_of_a_new_visitor_recommends_their_cluster() {
        int[] clusterOneItems = {data.items().index("i1_0"), data.items().index("i1_3")};
        int[] top = topOf(score(UserHistory.anonymous(clusterOneItems)), clusterOneItems, 4);
        for (int item : top) {
            assertThat(cluster(data.items().id(item))).isEqualTo(1);
        }
    }

    @Test
    void fold_in_sums_the_weights_of_an_item_listed_twice() {
        int a = data.items().index("i2_1");
        int b = data.items().index("i2_4");
        var twice = new UserHistory(-1, new int[] {a, b, a}, new float[] {1, 1, 1}, new long[3]);
        var summed = new UserHistory(-1, new int[] {b, a}, new float[] {1, 2}, new long[2]);
        assertThat(score(twice)).containsExactly(score(summed));
    }

    @Test
    void format_round_trip_keeps_every_score_and_rejects_a_corrupted_byte() {
        SparkAlsFormat format = new SparkAlsFormat();
        byte[] bytes = format.write(model);
        SparkAlsModel read = format.read(bytes);
        for (int u = 0; u < data.userCount(); u++) {
            assertThat(scoreWith(read, data.history(u))).containsExactly(score(data.history(u)));
            assertThat(scoreWith(read, data.history(u).asAnonymous()))
                .containsExactly(score(data.history(u).asAnonymous()));
        }
        assertThat(read.provenance()).isEqualTo(model.provenance());
        assertThat(read.provenance().config()).containsEntry("rank", "4").containsEntry("alpha", "10.0");
        bytes[bytes.length / 2] ^= 0x10;
        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class);
    }

    @Test
    void search_space_is_the_peers_27_point_grid_including_the_defaults() {
        assertThat(ALS.searchSpace()).hasSize(27).doesNotHaveDuplicates().contains(ALS.defaults());
        assertThat(ALS.searchSpace()).allSatisfy(c -> assertThat(c.maxIter()).isEqualTo(15));
    }

    private static float[] score(UserHistory h) {
        return scoreWith(model, h);
    }

    private static float[] scoreWith(SparkAlsModel m, UserHistory h) {
        float[] s = new float[m.itemCount()];
        m.score(h, s);
        return s;
    }

    private static int[] topUnseen(int u, float[] scores, int k) {
        return topOf(scores, data.itemsOf(u), k);
    }

    /** The k best items not in {@code exclude}, best first (a tiny selection sort is enough at this size). */
    private static int[] topOf(float[] scores, int[] exclude, int k) {
        float[] s = scores.clone();
        for (int i : exclude) {
            s[i] = Float.NEGATIVE_INFINITY;
        }
        int[] top = new int[k];
        for (int r = 0; r < k; r++) {
            int best = 0;
            for (int i = 1; i < s.length; i++) {
                best = s[i] > s[best] ? i : best;
            }
            top[r] = best;
            s[best] = Float.NEGATIVE_INFINITY;
        }
        return top;
    }

    /** Ids encode the cluster: user {@code u<c>_<n>}, item {@code i<c>_<n>}. */
    private static int cluster(String id) {
        return id.charAt(1) - '0';
    }

    private static Interactions planted(long seed) {
        Random rnd = new Random(seed);
        InteractionLog.Builder log = new InteractionLog.Builder();
        // every item appears first in a fixed order, so item indices do not depend on the random draws
        for (int c = 0; c < CLUSTERS; c++) {
            for (int i = 0; i < ITEMS_PER; i++) {
                log.add("u" + c + "_0", "i" + c + "_" + i, 0, "click", 1);
            }
        }
        long t = 1;
        for (int c = 0; c < CLUSTERS; c++) {
            for (int u = 1; u < USERS_PER; u++) {
                for (int pick = 0; pick < 6; pick++) {
                    log.add("u" + c + "_" + u, "i" + c + "_" + rnd.nextInt(ITEMS_PER), t++, "click", 1);
                }
            }
        }
        return new InteractionsBuilder(EventWeights.binary()).build(log.build());
    }
}
