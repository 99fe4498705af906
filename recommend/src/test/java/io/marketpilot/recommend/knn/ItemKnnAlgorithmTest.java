package io.marketpilot.recommend.knn;

import static io.marketpilot.recommend.knn.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemKnnAlgorithmTest {
    /** u0 {0,1}, u1 {0,1,2}, u2 {1,2}, u3 {3}: users per item 2, 3, 2, 1; common users (0,1)=2, (0,2)=1, (1,2)=2. */
    private static final Interactions SMALL = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {3}});
    private static final double COS_01 = 2 / Math.sqrt(6);

    private static ItemKnnModel train(Interactions data, ItemKnnConfig config) {
        return new ItemKnnAlgorithm().trainer(config, TrainContext.seeded(7)).train(data);
    }

    private static void assertNeighbours(ItemKnnModel m, int itemId, int[] ids, double[] sims) {
        Neighbours n = m.neighbours(item(SMALL, itemId));
        assertThat(n.size()).isEqualTo(ids.length);
        for (int r = 0; r < ids.length; r++) {
            assertThat(Fixtures.itemId(SMALL, n.items()[r])).isEqualTo(ids[r]);
            assertThat((double) n.similarities()[r]).isCloseTo(sims[r], within(1e-6));
        }
    }

    @Test
    void cosineNeighboursAreSortedAndTiesGoToTheLowerIndex() {
        ItemKnnModel m = train(SMALL, ItemKnnConfig.of(10, 0, Similarity.COSINE));
        assertNeighbours(m, 0, new int[] {1, 2}, new double[] {COS_01, 0.5});
        assertNeighbours(m, 2, new int[] {1, 0}, new double[] {COS_01, 0.5});
        assertNeighbours(m, 3, new int[] {}, new double[] {});
        Neighbours ofItem1 = m.neighbours(item(SMALL, 1));
        assertThat(ofItem1.items()[0]).isLessThan(ofItem1.items()[1]);
    }

    @Test
    void shrinkageDampsSimilaritiesOnFewCommonUsers() {
        ItemKnnModel m = train(SMALL, ItemKnnConfig.of(10, 2, Similarity.COSINE));
        assertNeighbours(m, 0, new int[] {1, 2}, new double[] {COS_01 * 2 / 4, 0.5 * 1 / 3});
    }

    @Test
    void jaccardAndAsymmetricCosineFollowTheirDefinitions() {
        assertNeighbours(train(SMALL, ItemKnnConfig.of(10, 0, Similarity.JACCARD)), 0, new int[] {1, 2},
            new double[] {2.0 / 3, 1.0 / 3});
        // alpha 1: item 0 hears j with co / users(j): P(0 | j)
        assertNeighbours(train(SMALL, new ItemKnnConfig(10, 0, Similarity.ASYMMETRIC_COSINE, 1, false)), 0,
            new int[] {1, 2}, new double[] {2.0 / 3, 1.0 / 2});
        // alpha 0: co / users(0), the same for every j, so the larger overlap wins
        assertNeighbours(train(SMALL, new ItemKnnConfig(10, 0, Similarity.ASYMMETRIC_COSINE, 0, false)), 0,
            new int[] {1, 2}, new double[] {1.0, 0.5});
    }

    @Test
    void llrKeepsOnlyPositivelyAssociatedItems() {
        Interactions d = Fixtures.binary(new int[][] {{0, 1}, {0, 1}, {2}, {2}, {0, 2}, {3}});
        ItemKnnModel m = new ItemKnnAlgorithm().trainer(ItemKnnConfig.of(10, 0, Similarity.LLR),
            TrainContext.seeded(1)).train(d);
        Neighbours n = m.neighbours(item(d, 0));
        // 0 and 1 always together; 0 and 2 meet once in 6 users although 3 have 0 and 3 have 2: below chance
        assertThat(n.size()).isEqualTo(1);
        assertThat(Fixtures.itemId(d, n.items()[0])).isEqualTo(1);
        assertThat(n.similarities()[0]).isPositive();
    }

    @Test
    void eachCandidateHearsOnlyItsOwnKNearestHistoryItems() {
        ItemKnnModel m = train(SMALL, ItemKnnConfig.of(1, 0, Similarity.COSINE));
        float[] scores = new float[m.itemCount()];
        m.score(Fixtures.visitor(SMALL, 0), scores);
        // item 1's nearest is 0 (tie with 2, lower index); item 2's nearest is 1, so 0 cannot vote for it
        assertThat((double) scores[item(SMALL, 1)]).isCloseTo(COS_01, within(1e-6));
        assertThat(scores[item(SMALL, 2)]).isZero();
        assertThat(scores[item(SMALL, 3)]).isZero();
    }

    @Test
    void weightedSimilarityAndScoringUseThePairWeights() {
        Interactions d = Fixtures.weighted(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}},
            new float[][] {{3, 1}, {1, 1, 1}, {1, 1}});
        ItemKnnModel m = new ItemKnnAlgorithm().trainer(new ItemKnnConfig(10, 0, Similarity.COSINE, 0.5, true),
            TrainContext.seeded(1)).train(d);
        double cos01 = 4 / Math.sqrt(10 * 3);
        assertThat((double) m.neighbours(item(d, 0)).similarities()[0]).isCloseTo(cos01, within(1e-6));
        float[] scores = new float[m.itemCount()];
        m.score(new UserHistory(-1, new int[] {item(d, 0)}, new float[] {2}, new long[1]), scores);
        assertThat((double) scores[item(d, 1)]).isCloseTo(2 * cos01, within(1e-6));
    }

    @Test
    void usersOfAPlantedClusterGetItemsOfTheirCluster() {
        Interactions d = Fixtures.clusters(11, 300, 60, 3, 8, 0.1);
        ItemKnnAlgorithm a = new ItemKnnAlgorithm();
        ItemKnnModel m = a.trainer(a.defaults(), TrainContext.seeded(11)).train(d);
        assertThat(Fixtures.clusterPrecision(m, d, 3, false)).isGreaterThan(0.9);
        assertThat(Fixtures.clusterPrecision(m, d, 3, true)).isGreaterThan(0.9);
    }

    @Test
    void foldInScoresEqualKnownUserScores() {
        Interactions d = Fixtures.clusters(5, 100, 40, 2, 6, 0.2);
        ItemKnnModel m = train(d, ItemKnnConfig.of(20, 10, Similarity.COSINE));
        float[] known = new float[m.itemCount()];
        float[] anonymous = new float[m.itemCount()];
        for (int u = 0; u < d.userCount(); u++) {
            m.score(d.history(u), known);
            m.score(d.history(u).asAnonymous(), anonymous);
            assertThat(anonymous).containsExactly(known);
        }
    }

    @Test
    void repeatedAndUnknownHistoryItemsAreCollapsedOrIgnored() {
        ItemKnnModel m = train(SMALL, ItemKnnConfig.of(10, 0, Similarity.COSINE));
        float[] once = new float[m.itemCount()];
        float[] twice = new float[m.itemCount()];
        m.score(UserHistory.anonymous(new int[] {item(SMALL, 0)}), once);
        m.score(UserHistory.anonymous(new int[] {item(SMALL, 0), 99, item(SMALL, 0), -1}), twice);
        assertThat(twice).containsExactly(once);
    }

    @Test
    void sameDataGiveTheSameModelWhateverTheThreadCount() {
        Interactions d = Fixtures.clusters(3, 400, 120, 4, 10, 0.3);
        ItemKnnAlgorithm a = new ItemKnnAlgorithm();
        for (Similarity s : Similarity.values()) {
            ItemKnnConfig c = new ItemKnnConfig(15, 5, s, 0.7, false);
            byte[] one = a.format().write(a.trainer(c, context(1, f -> { })).train(d));
            byte[] two = a.format().write(a.trainer(c, context(2, f -> { })).train(d));
            assertThat(two).as(s.label()).isEqualTo(one);
        }
    }

    @Test
    void reportsProgressUpToOne() {
        List<Double> seen = new ArrayList<>();
        Interactions d = Fixtures.clusters(3, 200, 500, 4, 10, 0.3);
        new ItemKnnAlgorithm().trainer(ItemKnnConfig.of(10, 0, Similarity.COSINE), context(2, seen::add)).train(d);
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void searchSpaceIsSmallDistinctAndIncludesTheDefaults() {
        ItemKnnAlgorithm a = new ItemKnnAlgorithm();
        assertThat(a.searchSpace()).hasSize(24 * HistoryDecay.SEARCHED.size()).contains(a.defaults());
        assertThat(new HashSet<>(a.searchSpace())).hasSameSizeAs(a.searchSpace());
        assertThat(a.name()).isEqualTo("item-knn");
    }

    @Test
    void rejectsInvalidConfigsAndItems() {
        assertThatThrownBy(() -> ItemKnnConfig.of(0, 0, Similarity.COSINE)).hasMessageContaining("k must be >= 1");
        assertThatThrownBy(() -> ItemKnnConfig.of(5, -1, Similarity.COSINE)).hasMessageContaining("shrink");
        assertThatThrownBy(() -> new ItemKnnConfig(5, 0, Similarity.ASYMMETRIC_COSINE, 1.5, false))
            .hasMessageContaining("alpha");
        ItemKnnModel m = train(SMALL, ItemKnnConfig.of(10, 0, Similarity.COSINE));
        assertThatThrownBy(() -> m.neighbours(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    static TrainContext context(int threads, java.util.function.DoubleConsumer progress) {
        return new TrainContext(7, threads, progress, "test", Instant.EPOCH);
    }
}
