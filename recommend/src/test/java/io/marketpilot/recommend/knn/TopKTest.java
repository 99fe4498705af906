package io.marketpilot.recommend.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopKTest {
    @Test
    void keepsTheBestByScoreThenLowerIndex() {
        TopK top = new TopK(3, 4);
        top.offer(0.5f, 7);
        top.offer(0.9f, 2);
        top.offer(0.5f, 3);
        top.offer(0.1f, 1);
        top.offer(0.7f, 9);
        int[] items = new int[top.size()];
        float[] scores = new float[top.size()];
        top.drainTo(items, scores);
        assertThat(items).containsExactly(2, 9, 3);
        assertThat(scores).containsExactly(0.9f, 0.7f, 0.5f);
        assertThat(top.size()).isZero();
    }

    @Test
    void ignoresScoresThatAreNotPositiveAndFinite() {
        TopK top = new TopK(5, 4);
        top.offer(0f, 1);
        top.offer(-1f, 2);
        top.offer(Float.NaN, 3);
        top.offer(Float.POSITIVE_INFINITY, 4);
        top.offer(Float.MIN_VALUE, 5);
        assertThat(top.size()).isEqualTo(1);
    }

    @Test
    void resultDoesNotDependOnOfferOrder() {
        Random r = new Random(3);
        List<float[]> candidates = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            // few distinct scores, so ties are everywhere
            candidates.add(new float[] {1 + r.nextInt(40), i});
        }
        int[] expected = null;
        for (int round = 0; round < 4; round++) {
            Collections.shuffle(candidates, r);
            if (round == 1) {
                candidates.sort((a, b) -> Float.compare(a[0], b[0]));
            }
            TopK top = new TopK(100, 16);
            for (float[] c : candidates) {
                top.offer(c[0], (int) c[1]);
            }
            int[] items = new int[top.size()];
            top.drainTo(items, new float[items.length]);
            if (expected == null) {
                expected = items;
            }
            assertThat(items).containsExactly(expected);
        }
        assertThat(expected).hasSize(100);
    }
}
