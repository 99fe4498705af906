package io.marketpilot.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionsBuilderTest {
    private static final long DAY = 86_400_000L;

    private static InteractionLog log() {
        return new InteractionLog.Builder()
            .add("u1", "a", 0, "view", 1)
            .add("u1", "a", DAY, "purchase", 2)
            .add("u1", "b", 2 * DAY, "view", 1)
            .add("u2", "b", 2 * DAY, "refund", 1)
            .add("u2", "c", 3 * DAY, "add_to_cart", 1)
            .build();
    }

    @Test
    void pairs_sum_their_event_weights_and_keep_the_last_time() {
        Interactions m = new InteractionsBuilder(EventWeights.shopDefault()).build(log());
        int u1 = m.users().index("u1");
        int a = m.items().index("a");
        assertThat(m.rowLength(u1)).isEqualTo(2);
        int p = m.rowStart(u1);
        assertThat(m.col(p)).isEqualTo(a);
        assertThat(m.weight(p)).isEqualTo(1f + 5f);
        assertThat(m.lastTime(p)).isEqualTo(DAY);
        // refunds weigh 0 and vanish; the cart weighs 3
        int u2 = m.users().index("u2");
        assertThat(m.itemsOf(u2)).containsExactly(m.items().index("c"));
        assertThat(m.weight(m.rowStart(u2))).isEqualTo(3f);
    }

    @Test
    void values_multiply_and_time_decay_halves_per_half_life() {
        var w = new EventWeights(Map.of("purchase", 1f), 0f, true, Optional.of(Duration.ofDays(1)));
        Interactions m = new InteractionsBuilder(w).build(log());
        int u1 = m.users().index("u1");
        // purchase of 2 units, one day before the log's latest time (3 days) -> age 2 days -> 2 * 0.25
        assertThat(m.weight(m.rowStart(u1))).isCloseTo(0.5f, within(1e-6f));
        assertThat(m.pairs()).isEqualTo(1);
    }

    @Test
    void transpose_swaps_rows_and_columns() {
        Interactions m = new InteractionsBuilder(EventWeights.binary()).build(log());
        Interactions t = m.transpose();
        assertThat(t.userCount()).isEqualTo(m.itemCount());
        int b = m.items().index("b");
        assertThat(t.itemsOf(b)).containsExactly(m.users().index("u1"), m.users().index("u2"));
        assertThat(m.itemDegrees()[b]).isEqualTo(2);
        assertThat(m.fingerprint()).isEqualTo(new InteractionsBuilder(EventWeights.binary()).build(log()).fingerprint())
            .isNotEqualTo(new InteractionsBuilder(EventWeights.shopDefault()).build(log()).fingerprint());
    }

    @Test
    void history_is_oldest_first() {
        Interactions m = new InteractionsBuilder(EventWeights.binary()).build(log());
        var h = m.history(m.users().index("u1"));
        assertThat(h.items()).containsExactly(m.items().index("a"), m.items().index("b"));
        assertThat(h.nowMillis()).isEqualTo(2 * DAY);
    }
}
