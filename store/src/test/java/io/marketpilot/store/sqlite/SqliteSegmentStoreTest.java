package io.marketpilot.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.RecordedChange;
import io.marketpilot.core.store.SegmentStore;
import io.marketpilot.core.store.StoredSegment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSegmentStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void keepsWhoWasInWhichSegmentWhen(@TempDir Path dir) {
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC())) {
            SegmentStore store = state.segments();
            store.create(new StoredSegment("vip", "VIP", "{}", T0), List.of(UserId.of("a"), UserId.of("b")));
            store.create(new StoredSegment("all", null, "{}", T0), List.of());
            store.record(List.of(
                    new MembershipChange("vip", UserId.of("c"), true, T0.plusSeconds(10)),
                    new MembershipChange("vip", UserId.of("a"), false, T0.plusSeconds(20)),
                    new MembershipChange("vip", UserId.of("c"), true, T0.plusSeconds(30)),   // already in: ignored
                    new MembershipChange("vip", UserId.of("x"), false, T0.plusSeconds(30)),  // never in: ignored
                    new MembershipChange("vip", UserId.of("a"), true, T0.plusSeconds(40))));

            assertThat(store.all()).extracting(StoredSegment::id).containsExactly("vip", "all");
            assertThat(store.get("all").orElseThrow().name()).isEqualTo("all");
            assertThat(store.size("vip")).isEqualTo(3);
            assertThat(store.members("vip", null, 2)).extracting(UserId::value).containsExactly("a", "b");
            assertThat(store.members("vip", "b", 2)).extracting(UserId::value).containsExactly("c");
            assertThat(store.segmentsOf(UserId.of("a"))).containsExactly("vip");
            assertThat(store.sizesAt("vip", List.of(T0.minusSeconds(1), T0, T0.plusSeconds(15), T0.plusSeconds(25),
                    T0.plusSeconds(45)))).containsExactly(0L, 2L, 3L, 2L, 3L);
            List<UserId> all = new ArrayList<>();
            store.forEachMember("vip", all::add);
            assertThat(all).hasSize(3);
        }
    }

    @Test
    void listenersReadTheChangesAfterTheirCursorAndTakenChangesArePruned(@TempDir Path dir) {
        MembershipChange c1 = new MembershipChange("vip", UserId.of("c"), true, T0.plusNanos(1_234_000));
        MembershipChange c2 = new MembershipChange("vip", UserId.of("c"), false, T0.plusSeconds(20));
        MembershipChange c3 = new MembershipChange("vip", UserId.of("d"), true, T0.plusSeconds(30));
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC())) {
            SegmentStore store = state.segments();
            store.create(new StoredSegment("vip", "VIP", "{}", T0), List.of());
            assertThat(store.lastPosition()).isZero();
            assertThat(store.record(List.of(c1, c2))).isEqualTo(2);
            assertThat(store.record(List.of())).isEqualTo(2);
            assertThat(store.acknowledged("journeys")).isEmpty();
            store.acknowledge("audit", 0);
            store.acknowledge("journeys", 1);
            assertThat(store.changesAfter(1, 10)).containsExactly(new RecordedChange(2, c2));
            assertThat(store.changesAfter(0, 1)).containsExactly(new RecordedChange(1, c1));
            store.acknowledge("journeys", 0);
            assertThat(store.acknowledged("journeys")).as("a cursor never moves back").hasValue(1);
            store.acknowledge("audit", 2);
            store.acknowledge("journeys", 2);
            assertThat(store.changesAfter(0, 10)).as("every listener took them: pruned").isEmpty();
        }
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC())) {
            SegmentStore store = state.segments();
            assertThat(store.record(List.of(c3))).as("positions are never reused").isEqualTo(3);
            assertThat(store.changesAfter(store.acknowledged("journeys").orElseThrow(), 10))
                    .containsExactly(new RecordedChange(3, c3));
        }
    }
}
