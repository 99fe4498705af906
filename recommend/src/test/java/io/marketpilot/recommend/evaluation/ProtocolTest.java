package io.marketpilot.recommend.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolTest {
    private static final long H = 3_600_000L;

    @Test
    void loo_holds_out_each_users_latest_pair_with_ties_in_file_order() {
        InteractionLog log = new InteractionLog.Builder()
            .add("u1", "a", 1 * H, "view", 1)
            .add("u1", "b", 2 * H, "view", 1)
            .add("u1", "c", 3 * H, "view", 1)
            .add("u1", "a", 3 * H, "purchase", 1) // same time as c but later in the file: a is the test pair
            .add("u2", "a", 1 * H, "view", 1)     // one item only: no test, stays in training
            .add("u2", "a", 2 * H, "view", 1)
            .build();
        Split s = new Protocol.LeaveOneOut().split(log, EventWeights.binary());
        assertThat(s.users()).containsExactly(log.users().index("u1"));
        assertThat(s.targets()[0]).containsExactly(log.items().index("a"));
        assertThat(s.requestMillis()[0]).isEqualTo(3 * H);
        int u1 = log.users().index("u1");
        // every event of the held-out pair leaves training
        assertThat(s.train().itemsOf(u1)).containsExactlyInAnyOrder(log.items().index("b"), log.items().index("c"));
        assertThat(s.train().rowLength(log.users().index("u2"))).isEqualTo(1);
        assertThat(s.trainRows()).hasSize(4);
    }

    @Test
    void time_split_cuts_raw_events_then_keeps_only_new_items_of_users_with_training() {
        InteractionLog.Builder b = new InteractionLog.Builder();
        for (int t = 0; t < 8; t++) {
            b.add("u1", "i" + t, t * H, "view", 1);
        }
        b.add("u1", "i0", 8 * H, "view", 1);   // repeat of a training item: not a target
        b.add("u1", "new", 9 * H, "view", 1);  // new item: the target
        b.add("u3", "i1", 9 * H, "view", 1);   // user without training: not a test user
        InteractionLog log = b.build();
        Split s = new Protocol.TimeSplit(Optional.empty()).split(log, EventWeights.binary());
        // 11 events: the 80% position is index 8 -> T = 8h, events before 8h train
        assertThat(s.trainRows()).hasSize(8);
        assertThat(s.users()).containsExactly(log.users().index("u1"));
        assertThat(s.targets()[0]).containsExactly(log.items().index("new"));
        assertThat(s.requestMillis()[0]).isEqualTo(8 * H);
    }

    @Test
    void a_cutoff_outside_the_data_is_a_clear_error() {
        InteractionLog log = new InteractionLog.Builder().add("u", "a", H, "view", 1).add("u", "b", 2 * H, "view", 1)
            .build();
        assertThatThrownBy(() -> new Protocol.TimeSplit(Optional.of(Instant.ofEpochMilli(0)))
            .split(log, EventWeights.binary())).hasMessageContaining("no training");
        assertThatThrownBy(() -> Protocol.parse("holdout", Optional.empty()))
            .hasMessageContaining("expected loo").hasMessageContaining("time-split");
        assertThatThrownBy(() -> Protocol.parse("loo", Optional.of(Instant.EPOCH)))
            .hasMessageContaining("time-split protocol only");
    }
}
