package io.marketpilot.recommend.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopItemsTest {
    @Test
    void best_first_ties_to_lower_index_excluded_and_nan_skipped() {
        float[] s = {0.5f, 0.9f, Float.NaN, 0.9f, 0.1f, 0.7f};
        assertThat(TopItems.of(s, 3, i -> false)).containsExactly(1, 3, 5);
        assertThat(TopItems.of(s, 3, i -> i == 1)).containsExactly(3, 5, 0);
        assertThat(TopItems.of(s, 10, i -> false)).containsExactly(1, 3, 5, 0, 4);
        assertThat(TopItems.of(s, 0, i -> false)).isEmpty();
    }

    @Test
    void agrees_with_a_full_sort() {
        Random r = new Random(7);
        float[] s = new float[5000];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.nextInt(300);
        }
        int[] expected = IntStream.range(0, s.length).boxed()
            .sorted((a, b) -> s[a] != s[b] ? Float.compare(s[b], s[a]) : Integer.compare(a, b))
            .filter(i -> i % 3 != 0).limit(50).mapToInt(Integer::intValue).toArray();
        assertThat(TopItems.of(s, 50, i -> i % 3 == 0)).containsExactly(expected);
    }

    @Test
    void without_exclusions_the_selection_by_threshold_picks_what_the_heap_picks() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            float[] s = new float[1 + r.nextInt(3000)];
            int distinct = 1 + r.nextInt(50);
            for (int i = 0; i < s.length; i++) {
                int pick = r.nextInt(20);
                s[i] = pick == 0 ? Float.NaN : pick == 1 ? -0f : pick == 2 ? 0f : r.nextInt(distinct) - distinct / 2f;
            }
            int k = 1 + r.nextInt(Math.max(1, s.length / 4));
            assertThat(TopItems.of(s, k)).as("round %d", round).containsExactly(TopItems.of(s, k, i -> false));
        }
    }
}
