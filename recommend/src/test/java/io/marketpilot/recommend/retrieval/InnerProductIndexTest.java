package io.marketpilot.recommend.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.recommend.model.SimilarItems;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Search over planted clusters of item vectors (directions around 20 random centres, norms spread like
 * popularity): probing everything is exact, and probing a tenth keeps most of the true top items.
 */
class InnerProductIndexTest {
    private static final int ITEMS = 4_000;
    private static final int K = 32;
    private static final float[] VECTORS = planted(ITEMS, K, 20, 3);

    private static float[] planted(int n, int k, int centres, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] c = new float[centres][k];
        for (float[] centre : c) {
            for (int f = 0; f < k; f++) {
                centre[f] = (float) r.nextGaussian();
            }
        }
        float[] v = new float[n * k];
        for (int i = 0; i < n; i++) {
            float[] centre = c[r.nextInt(centres)];
            double norm = 0.5 + r.nextDouble() * r.nextDouble();
            for (int f = 0; f < k; f++) {
                v[i * k + f] = (float) (norm * (centre[f] + 0.4 * r.nextGaussian()));
            }
        }
        return v;
    }

    private static int[] bruteForce(float[] query, int n) {
        float[] s = new float[ITEMS];
        InnerProducts.scalar().rowRange(VECTORS, K, 0, ITEMS, query, s, 0);
        return IntStream.range(0, ITEMS).boxed()
            .sorted((a, b) -> s[a] != s[b] ? Float.compare(s[b], s[a]) : Integer.compare(a, b))
            .limit(n).mapToInt(Integer::intValue).toArray();
    }

    private static float[] query(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int item = r.nextInt(ITEMS);
        float[] q = new float[K];
        for (int f = 0; f < K; f++) {
            q[f] = VECTORS[item * K + f] + (float) (0.3 * r.nextGaussian());
        }
        return q;
    }

    @Test
    void probing_every_cluster_finds_exactly_the_brute_force_top_items() {
        InnerProductIndex index = InnerProductIndex.build(VECTORS, ITEMS, K, 42);
        for (long seed = 0; seed < 20; seed++) {
            float[] q = query(seed);
            SimilarItems.Scored all = index.search(q, 50, ITEMS);
            assertThat(all.items()).containsExactly(bruteForce(q, 50));
            assertThat(index.exact(q, 50).items()).containsExactly(bruteForce(q, 50));
        }
    }

    @Test
    void probing_a_tenth_of_the_items_keeps_most_of_the_top_hundred() {
        InnerProductIndex index = InnerProductIndex.build(VECTORS, ITEMS, K, 42);
        double found = 0;
        int queries = 50;
        for (long seed = 0; seed < queries; seed++) {
            float[] q = query(seed);
            java.util.Set<Integer> truth = IntStream.of(bruteForce(q, 100)).boxed()
                .collect(java.util.stream.Collectors.toSet());
            found += IntStream.of(index.search(q, 100, ITEMS / 10).items()).filter(truth::contains).count() / 100.0;
        }
        assertThat(found / queries).as("recall@100 probing 10%").isGreaterThan(0.9);
    }

    @Test
    void results_come_best_first_with_their_exact_dot_products() {
        InnerProductIndex index = InnerProductIndex.build(VECTORS, ITEMS, K, 42);
        float[] q = query(99);
        SimilarItems.Scored r = index.search(q, 30, 800);
        for (int k = 0; k < r.size(); k++) {
            assertThat(r.scores()[k]).isCloseTo(InnerProducts.scalar().dot(VECTORS, r.items()[k] * K, q, 0, K),
                org.assertj.core.api.Assertions.within(1e-4f));
            if (k > 0) {
                assertThat(r.scores()[k]).isLessThanOrEqualTo(r.scores()[k - 1]);
            }
        }
    }

    @Test
    void the_same_seed_builds_the_same_index() {
        float[] q = query(5);
        assertThat(InnerProductIndex.build(VECTORS, ITEMS, K, 7).search(q, 40, 300).items())
            .containsExactly(InnerProductIndex.build(VECTORS, ITEMS, K, 7).search(q, 40, 300).items());
    }

    @Test
    void vectors_that_do_not_match_the_shape_are_refused() {
        assertThatThrownBy(() -> InnerProductIndex.build(new float[10], 3, 4, 1))
            .hasMessageContaining("expected 3 × 4 values, got 10");
    }
}
