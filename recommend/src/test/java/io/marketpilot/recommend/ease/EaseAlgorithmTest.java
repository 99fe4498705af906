package io.marketpilot.recommend.ease;

import static io.marketpilot.recommend.ease.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EaseAlgorithmTest {
    private final EaseAlgorithm algorithm = new EaseAlgorithm();

    private EaseModel train(Interactions d, EaseConfig config) {
        return algorithm.trainer(config, TrainContext.seeded(1)).train(d);
    }

    /** B from the definition, with a textbook Gauss-Jordan inverse (partial pivoting) on full matrices. */
    private static double[][] referenceB(Interactions d, double lambda, boolean weighted) {
        int n = d.itemCount();
        double[][] a = new double[n][2 * n];
        for (int u = 0; u < d.userCount(); u++) {
            for (int p = d.rowStart(u); p < d.rowEnd(u); p++) {
                for (int q = d.rowStart(u); q < d.rowEnd(u); q++) {
                    double x = weighted ? (double) d.weight(p) * d.weight(q) : 1;
                    a[d.col(p)][d.col(q)] += x;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            a[i][i] += lambda;
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                pivot = Math.abs(a[r][c]) > Math.abs(a[pivot][c]) ? r : pivot;
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            double inv = 1 / a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] *= inv;
            }
            for (int r = 0; r < n; r++) {
                double f = a[r][c];
                if (r != c && f != 0) {
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = i == j ? 0 : -a[i][n + j] / a[j][n + j];
            }
        }
        return b;
    }

    private static void assertMatches(EaseModel m, double[][] expected) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertThat((double) m.weight(i, j)).as("B[%d][%d]", i, j)
                    .isCloseTo(expected[i][j], within(1e-5 + 1e-4 * Math.abs(expected[i][j])));
            }
        }
    }

    @Test
    void bothSolversGiveTheClosedFormWithAZeroDiagonal() {
        // 40 users × 90 items and 300 users × 90 items: Woodbury is cheaper for the first, direct for the second
        for (int users : new int[] {40, 300}) {
            Interactions d = Fixtures.clusters(users, users, 90, 3, 6, 0.4);
            double[][] expected = referenceB(d, 20, false);
            for (EaseSolver solver : EaseSolver.values()) {
                EaseModel m = train(d, new EaseConfig(20, false, solver));
                assertMatches(m, expected);
                for (int i = 0; i < m.itemCount(); i++) {
                    assertThat(m.weight(i, i)).isZero();
                }
            }
        }
    }

    @Test
    void autoPicksWoodburyForFewUsersAndDirectForMany() {
        Interactions few = Fixtures.clusters(1, 30, 90, 3, 5, 0.3);
        Interactions many = Fixtures.clusters(1, 600, 40, 3, 5, 0.3);
        assertThat(train(few, EaseConfig.of(10)).provenance().config()).containsEntry("solver", "woodbury m x m inverse");
        assertThat(train(many, EaseConfig.of(10)).provenance().config()).containsEntry("solver", "direct n x n inverse");
    }

    @Test
    void weightedDataUseThePairWeightsInXAndInTheHistory() {
        Interactions d = Fixtures.weighted(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {2, 3}, {0, 3}},
            new float[][] {{3, 1}, {1, 2, 1}, {1, 4}, {2, 1}, {1, 1}});
        double[][] expected = referenceB(d, 2, true);
        assertMatches(train(d, new EaseConfig(2, true, EaseSolver.DIRECT)), expected);
        EaseModel m = train(d, new EaseConfig(2, true, EaseSolver.WOODBURY));
        assertMatches(m, expected);
        float[] s = new float[m.itemCount()];
        m.score(new UserHistory(-1, new int[] {item(d, 0), item(d, 1)}, new float[] {2, 0.5f}, new long[2]), s);
        int i2 = item(d, 2);
        assertThat((double) s[i2]).isCloseTo(2 * expected[item(d, 0)][i2] + 0.5 * expected[item(d, 1)][i2],
            within(1e-5));
    }

    @Test
    void historyDecayWeighsEachRowByHowManyStepsBackItsItemWasBought() {
        Interactions d = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2, 3}, {2, 3}, {0, 3}});
        HistoryDecay decay = new HistoryDecay(0.5, 0.2);
        EaseModel m = train(d, EaseConfig.of(2).withDecay(decay));
        int[] items = {item(d, 0), item(d, 1), item(d, 2)};
        float[] s = new float[m.itemCount()];
        // item 0 one step before the basket {1, 2}: 0.2 + 0.8 · 0.5 = 0.6
        m.score(new UserHistory(-1, items, new float[] {1, 1, 1}, new long[] {10, 20, 20}), s);
        int i3 = item(d, 3);
        assertThat((double) s[i3]).isCloseTo(0.6 * m.weight(items[0], i3) + m.weight(items[1], i3)
            + m.weight(items[2], i3), within(1e-6));
    }

    @Test
    void tuningSolvesEachLambdaOnceForAllItsDecays() {
        Interactions d = Fixtures.clusters(4, 60, 20, 2, 5, 0.2);
        EaseModel none = train(d, EaseConfig.of(10));
        EaseModel decayed = train(d, EaseConfig.of(10).withDecay(new HistoryDecay(0.3, 0.2)));
        EaseModel other = train(d, EaseConfig.of(20));
        EaseModel copy = train(Fixtures.clusters(4, 60, 20, 2, 5, 0.2), EaseConfig.of(20));

        assertThat(decayed.matrix()).isSameAs(none.matrix());
        assertThat(other.matrix()).isNotSameAs(none.matrix());
        assertThat(copy.matrix()).isNotSameAs(other.matrix()).isDeepEqualTo(other.matrix());
        assertThat(decayed.provenance().config()).containsEntry("history_decay", "0.3^steps, floor 0.2");
    }

    @Test
    void usersOfAPlantedClusterGetItemsOfTheirClusterAlsoWhenFoldedIn() {
        Interactions d = Fixtures.clusters(31, 300, 60, 3, 8, 0.1);
        EaseModel m = train(d, algorithm.defaults());
        assertThat(Fixtures.clusterPrecision(m, d, 3, false)).isGreaterThan(0.9);
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
        Interactions d = Fixtures.clusters(2, 50, 20, 2, 5, 0.3);
        EaseModel m = train(d, EaseConfig.of(10));
        float[] once = new float[m.itemCount()];
        float[] repeated = new float[m.itemCount()];
        m.score(UserHistory.anonymous(new int[] {3, 5}), once);
        m.score(UserHistory.anonymous(new int[] {5, 3, 3, 20, -1, 5}), repeated);
        assertThat(repeated).containsExactly(once);
    }

    @Test
    void refusesCataloguesAboveTheLimitAndSaysWhatToDo() {
        Interactions d = Fixtures.clusters(1, 30, 25, 2, 5, 0.3);
        assertThatThrownBy(() -> new EaseAlgorithm(20).trainer(EaseConfig.of(10), TrainContext.seeded(1)).train(d))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("25 items (limit 20)").hasMessageContaining("item-knn");
        assertThatThrownBy(() -> new EaseAlgorithm(50_000)).hasMessageContaining("46340");
        assertThatThrownBy(() -> EaseConfig.of(0)).hasMessageContaining("lambda");
    }

    @Test
    void sameDataGiveTheSameModelWhateverTheThreadCount() {
        Interactions d = Fixtures.clusters(8, 120, 150, 3, 6, 0.3);
        for (EaseSolver solver : new EaseSolver[] {EaseSolver.DIRECT, EaseSolver.WOODBURY}) {
            EaseConfig c = new EaseConfig(50, false, solver);
            byte[] one = algorithm.format().write(algorithm.trainer(c, context(1, f -> { })).train(d));
            byte[] two = algorithm.format().write(algorithm.trainer(c, context(2, f -> { })).train(d));
            assertThat(two).isEqualTo(one);
        }
    }

    @Test
    void reportsProgressUpToOne() {
        for (EaseSolver solver : new EaseSolver[] {EaseSolver.DIRECT, EaseSolver.WOODBURY}) {
            List<Double> seen = new ArrayList<>();
            algorithm.trainer(new EaseConfig(50, false, solver), context(2, seen::add))
                .train(Fixtures.clusters(8, 150, 150, 3, 6, 0.3));
            assertThat(seen).isNotEmpty().isSorted();
            assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        }
    }

    @Test
    void searchSpaceCoversTheLambdasTimesTheDecaysAndIncludesTheDefaults() {
        assertThat(algorithm.searchSpace().stream().map(EaseConfig::lambda).distinct())
            .containsExactly(10.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 3000.0);
        assertThat(algorithm.searchSpace()).hasSize(7 * HistoryDecay.SEARCHED.size()).doesNotHaveDuplicates()
            .contains(algorithm.defaults());
        assertThat(algorithm.name()).isEqualTo("ease");
    }

    private static TrainContext context(int threads, java.util.function.DoubleConsumer progress) {
        return new TrainContext(3, threads, progress, "test", Instant.EPOCH);
    }
}
