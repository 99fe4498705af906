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
}
