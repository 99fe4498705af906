package io.marketpilot.engine.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.SegmentStore;
import io.marketpilot.core.store.StoredSegment;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named listener over the real segment store: it hears nothing before start, then what it missed; a failure is not
 * acknowledged and the next batch first tells again what failed, in order; a restart resumes after the last
 * acknowledged position.
 */
class DurableListenerTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    private static MembershipChange entered(String user, int second) {
        return new MembershipChange("vip", UserId.of(user), true, T0.plusSeconds(second));
    }

    @Test
    void hearsEveryChangeInOrderAcrossFailuresAndRestarts() {
        List<String> heard = new ArrayList<>();
        boolean[] failNext = {false};
        try (EmbeddedStores stores = EmbeddedStores.open(dir, Clock.systemUTC())) {
            SegmentStore store = stores.segments();
            store.create(new StoredSegment("vip", "VIP", "{}", T0), List.of());
            store.record(List.of(entered("old", 0))); // before the listener existed: not its business
            DurableListener l = new DurableListener("journeys", changes -> {
                if (failNext[0]) {
                    failNext[0] = false;
                    throw new IllegalStateException("disk full");
                }
                changes.forEach(c -> heard.add(c.userId().value()));
            }, store);
            List<MembershipChange> first = List.of(entered("a", 1), entered("b", 2));
            l.deliver(first, store.record(first));
            assertThat(heard).as("not started: nothing yet").isEmpty();
            l.start();
            l.catchUp();
            assertThat(heard).containsExactly("a", "b");

            failNext[0] = true;
            List<MembershipChange> second = List.of(entered("c", 3));
            l.deliver(second, store.record(second));
            assertThat(heard).containsExactly("a", "b");
            assertThat(store.acknowledged("journeys")).hasValue(3);
            List<MembershipChange> third = List.of(entered("d", 4));
            l.deliver(third, store.record(third));
            assertThat(heard).as("the failed batch first, then the new one").containsExactly("a", "b", "c", "d");
            assertThat(store.acknowledged("journeys")).hasValue(5);

            l.deliver(third, 5);
            assertThat(heard).as("a batch already told is not told again").hasSize(4);
            store.record(List.of(entered("e", 5))); // recorded, then the process dies before the listener hears it
        }
        try (EmbeddedStores stores = EmbeddedStores.open(dir, Clock.systemUTC())) {
            DurableListener again = new DurableListener("journeys", changes -> changes.forEach(
                    c -> heard.add(c.userId().value())), stores.segments());
            again.start();
            again.catchUp();
            assertThat(heard).containsExactly("a", "b", "c", "d", "e");
        }
    }
}
