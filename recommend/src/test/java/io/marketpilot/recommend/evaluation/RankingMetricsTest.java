package io.marketpilot.recommend.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Metric values computed by hand (log2(2)=1, log2(3)=1.58496, log2(4)=2, log2(5)=2.32193). */
class RankingMetricsTest {
    @Test
    void single_target_at_rank_three() {
        var m = RankingMetrics.of(new int[] {7, 8, 9, 10}, new int[] {9}, 10);
        assertThat(m.hr()).isEqualTo(1.0);
        assertThat(m.ndcg()).isCloseTo(0.5, within(1e-12)); // 1/log2(4) / 1
        assertThat(m.mrr()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.precision()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void target_below_the_cutoff_counts_nothing() {
        var m = RankingMetrics.of(new int[] {1, 2, 3, 4}, new int[] {4}, 3);
        assertThat(m.hr()).isZero();
        assertThat(m.ndcg()).isZero();
        assertThat(m.mrr()).isZero();
    }

    @Test
    void several_targets_use_ideal_dcg_over_min_k_and_targets() {
        // hits at ranks 1 and 3 of k=3; 4 targets -> ideal over 3 ranks
        var m = RankingMetrics.of(new int[] {5, 0, 6}, new int[] {5, 6, 7, 8}, 3);
        double dcg = 1.0 + 1.0 / 2.0;
        double idcg = 1.0 + 1.0 / 1.5849625007211563 + 1.0 / 2.0;
        assertThat(m.ndcg()).isCloseTo(dcg / idcg, within(1e-12));
        assertThat(m.recall()).isCloseTo(2.0 / 3, within(1e-12)); // hits / min(k, |targets|)
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.mrr()).isEqualTo(1.0);
    }

    @Test
    void fewer_targets_than_k() {
        var m = RankingMetrics.of(new int[] {1, 2, 3, 4, 5}, new int[] {2, 9}, 5);
        assertThat(m.recall()).isCloseTo(0.5, within(1e-12));
        double idcg = 1.0 + 1.0 / 1.5849625007211563;
        assertThat(m.ndcg()).isCloseTo((1.0 / 1.5849625007211563) / idcg, within(1e-12));
    }

    @Test
    void short_lists_are_fine_and_bad_arguments_are_refused() {
        assertThat(RankingMetrics.of(new int[] {}, new int[] {1}, 10).hr()).isZero();
        assertThatThrownBy(() -> RankingMetrics.of(new int[] {1}, new int[] {}, 10))
            .hasMessageContaining("at least one target");
        assertThatThrownBy(() -> RankingMetrics.of(new int[] {1}, new int[] {1}, 0)).hasMessageContaining("k must");
    }
}
