package io.marketpilot.recommend.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistoryDecayTest {
    private static UserHistory at(long... times) {
        return new UserHistory(-1, new int[times.length], new float[times.length], times);
    }

    @Test
    void the_latest_moment_counts_one_and_each_step_back_gamma_times_less_down_to_the_floor() {
        float[] w = new HistoryDecay(0.5, 0.2).weights(at(1, 2, 3, 4));
        assertThat(w).containsExactly(0.3f, 0.4f, 0.6f, 1f);
    }

    @Test
    void one_basket_bought_at_one_instant_decays_as_one_step() {
        float[] w = new HistoryDecay(0.5, 0).weights(at(5, 5, 9, 9, 9));
        assertThat(w).containsExactly(0.5f, 0.5f, 1f, 1f, 1f);
    }

    @Test
    void none_weighs_every_item_one() {
        assertThat(HistoryDecay.NONE.isNone()).isTrue();
        assertThat(HistoryDecay.NONE.weights(at(1, 2, 3))).containsExactly(1f, 1f, 1f);
        assertThat(HistoryDecay.NONE.describe()).isEqualTo("none");
        assertThat(HistoryDecay.SEARCHED).first().isEqualTo(HistoryDecay.NONE);
    }

    @Test
    void rejects_a_gamma_outside_0_1_and_a_floor_outside_0_1() {
        assertThatThrownBy(() -> new HistoryDecay(0, 0.1)).hasMessageContaining("gamma must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> new HistoryDecay(1.5, 0.1)).hasMessageContaining("gamma");
        assertThatThrownBy(() -> new HistoryDecay(0.5, -0.1)).hasMessageContaining("floor must be in [0, 1]");
    }
}
