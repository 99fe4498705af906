package io.marketpilot.recommend.knn;

import static io.marketpilot.recommend.knn.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class UserKnnAlgorithmTest {
    /** u0 {0,1}, u1 {0,1,2}, u2 {1,2}, u3 {3}. */
    private static final Interactions SMALL = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {3}});

    private static float[] scores(UserKnnConfig config, Interactions data, UserHistory history) {
        UserKnnModel m = new UserKnnAlgorithm().trainer(config, TrainContext.seeded(3)).train(data);
        float[] out = new float[m.itemCount()];
        m.score(history, out);
        return out;
    }

    @Test
    void neighboursVoteWithTheirCosineSimilarity() {
        float[] s = scores(new UserKnnConfig(10, 0, false), SMALL, Fixtures.visitor(SMALL, 0));
        double u0 = 1 / Math.sqrt(2);
        double u1 = 1 / Math.sqrt(3);
        assertThat((double) s[item(SMALL, 1)]).isCloseTo(u0 + u1, within(1e-6));
        assertThat((double) s[item(SMALL, 2)]).isCloseTo(u1, within(1e-6));
        assertThat(s[item(SMALL, 3)]).isZero();
    }

    @Test
    void onlyTheKMostSimilarUsersVoteAndShrinkageDampsThinOverlaps() {
        float[] k1 = scores(new UserKnnConfig(1, 0, false), SMALL, Fixtures.visitor(SMALL, 0));
        assertThat(k1[item(SMALL, 2)]).isZero();
        assertThat((double) k1[item(SMALL, 1)]).isCloseTo(1 / Math.sqrt(2), within(1e-6));
        float[] shrunk = scores(new UserKnnConfig(10, 1, false), SMALL, Fixtures.visitor(SMALL, 0));
        assertThat((double) shrunk[item(SMALL, 2)]).isCloseTo(1 / Math.sqrt(3) / 2, within(1e-6));
    }

    @Test
    void aKnownUserIsNeverTheirOwnNeighbour() {
        UserHistory u0 = SMALL.history(Fixtures.user(SMALL, 0));
        // u1 shares two items with u0 (cosine 2/√6) and beats u2 (1/2); u0 itself would score 1
        float[] known = scores(new UserKnnConfig(1, 0, false), SMALL, u0);
        assertThat((double) known[item(SMALL, 2)]).isCloseTo(2 / Math.sqrt(6), within(1e-6));
        float[] anonymous = scores(new UserKnnConfig(1, 0, false), SMALL, u0.asAnonymous());
        assertThat(anonymous[item(SMALL, 2)]).isZero();
    }

    @Test
    void weightedSimilarityAndVotesUseThePairWeights() {
        Interactions d = Fixtures.weighted(new int[][] {{0, 1}, {0, 2}}, new float[][] {{2, 4}, {1, 3}});
        UserHistory visitor = new UserHistory(-1, new int[] {item(d, 0)}, new float[] {1}, new long[1]);
        float[] s = scores(new UserKnnConfig(10, 0, true), d, visitor);
        double sim0 = 2 / Math.sqrt(20);
        double sim1 = 1 / Math.sqrt(10);
        assertThat((double) s[item(d, 1)]).isCloseTo(sim0 * 4, within(1e-6));
        assertThat((double) s[item(d, 2)]).isCloseTo(sim1 * 3, within(1e-6));
    }

    @Test
    void usersOfAPlantedClusterGetItemsOfTheirClusterAlsoWhenFoldedIn() {
        Interactions d = Fixtures.clusters(21, 300, 60, 3, 8, 0.1);
        UserKnnAlgorithm a = new UserKnnAlgorithm();
        UserKnnModel m = a.trainer(a.defaults(), TrainContext.seeded(21)).train(d);
        assertThat(Fixtures.clusterPrecision(m, d, 3, false)).isGreaterThan(0.9);
        assertThat(Fixtures.clusterPrecision(m, d, 3, true)).isGreaterThan(0.9);
    }

    @Test
    void emptyOrUnknownHistoriesScoreNothing() {
        float[] s = scores(new UserKnnConfig(10, 0, false), SMALL, UserHistory.anonymous(new int[] {42, -3}));
        assertThat(s).containsOnly(0f);
    }

    @Test
    void sameDataAndSeedGiveTheSameModel() {
        Interactions d = Fixtures.clusters(2, 80, 30, 2, 5, 0.3);
        UserKnnAlgorithm a = new UserKnnAlgorithm();
        byte[] one = a.format().write(a.trainer(a.defaults(), TrainContext.seeded(5)).train(d));
        byte[] two = a.format().write(a.trainer(a.defaults(), TrainContext.seeded(5)).train(d));
        assertThat(two).isEqualTo(one);
    }

    @Test
    void searchSpaceIsSmallDistinctAndIncludesTheDefaults() {
        UserKnnAlgorithm a = new UserKnnAlgorithm();
        assertThat(a.searchSpace()).hasSizeLessThanOrEqualTo(24).contains(a.defaults());
        assertThat(new HashSet<>(a.searchSpace())).hasSameSizeAs(a.searchSpace());
        assertThat(a.name()).isEqualTo("user-knn");
        assertThatThrownBy(() -> new UserKnnConfig(0, 0, false)).hasMessageContaining("k must be >= 1");
    }
}
