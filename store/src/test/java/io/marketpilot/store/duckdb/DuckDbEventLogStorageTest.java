package io.marketpilot.store.duckdb;

import static io.marketpilot.testkit.EventAssertions.ids;
import static io.marketpilot.testkit.EventBuilder.purchase;
import static io.marketpilot.testkit.EventBuilder.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.testkit.RandomEvents;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the DuckDB log adds to the contract: the collision path, exact instants, price scale, big loads. */
class DuckDbEventLogStorageTest {
    @TempDir
    Path dir;

    @Test
    void hashCollisionsNeverDropOrDuplicateEvents() {
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"), id -> 42L)) {
            List<Event> batch = new RandomEvents(11).batch(300);

            assertThat(log.append(batch.subList(0, 200))).isEqualTo(new AppendResult(200, 0));
            assertThat(log.append(batch.subList(100, 300))).as("every id collides; only confirmed ones are duplicates")
                    .isEqualTo(new AppendResult(100, 100));
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                assertThat(load.add(batch)).isEqualTo(new AppendResult(0, 300));
                assertThat(load.add(List.of(view("u1", "a").id("fresh").build()))).isEqualTo(new AppendResult(1, 0));
                assertThat(load.add(List.of(view("u1", "a").id("fresh").build()))).isEqualTo(new AppendResult(0, 1));
                load.commit();
            }
            assertThat(ids(all(log))).hasSize(301).doesNotHaveDuplicates();
        }
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"), id -> 42L)) {
            List<Event> batch = new RandomEvents(11).batch(300);
            assertThat(log.append(batch.subList(250, 300))).as("after reopening only the database can confirm")
                    .isEqualTo(new AppendResult(0, 50));
            assertThat(log.append(List.of(view("u1", "a").id("new-after-reopen").build())))
                    .isEqualTo(new AppendResult(1, 0));
        }
    }

    @Test
    void distinctIdsSharingAHashAreAllStored() {
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"), String::length)) {
            AppendResult result = log.append(List.of(view("u1", "a").id("aa").build(), view("u1", "a").id("bb").build(),
                    view("u1", "a").id("cc").build()));
            AppendResult again = log.append(List.of(view("u1", "a").id("dd").build(), view("u1", "a").id("aa").build()));

            assertThat(result).isEqualTo(new AppendResult(3, 0));
            assertThat(again).isEqualTo(new AppendResult(1, 1));
        }
    }

    @Test
    void instantsRoundTripToTheNanosecond() {
        Instant t = Instant.parse("2026-03-02T09:00:00.123456789Z");
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999999Z");
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            log.append(List.of(view("u1", "a").id("t").at(t).build(), view("u1", "a").id("old").at(beforeEpoch).build(),
                    view("u1", "a").id("t-1ns").at(t.minusNanos(1)).build()));

            assertThat(all(log)).extracting(Event::timestamp).containsExactly(beforeEpoch, t.minusNanos(1), t);
            assertThat(ids(scan(log, new EventQuery(java.util.Set.of(), t, null, true)))).containsExactly("t");
            assertThat(ids(scan(log, new EventQuery(java.util.Set.of(), beforeEpoch.plusNanos(1), t, true))))
                    .containsExactly("t-1ns");
            assertThat(log.stats().first()).isEqualTo(beforeEpoch);
            assertThat(log.stats().last()).isEqualTo(t);
        }
    }

    @Test
    void pricesKeepFourDecimalsAndOversizedPricesAreRejected() {
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            log.append(List.of(purchase("u1", "a", "12.50").id("p1").build(),
                    purchase("u1", "a", "0.123456").id("p2").build()));

            assertThat(all(log)).extracting(e -> e.price().toPlainString()).containsExactly("12.5", "0.1235");
            assertThatThrownBy(() -> log.append(List.of(view("u1", "a").id("ok").build(),
                    purchase("u1", "a", "123456789012345").id("huge").build())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("huge")
                    .hasMessageContaining("DECIMAL(18,4)").hasMessageContaining("nothing of this batch was stored");
            assertThat(log.stats().total()).isEqualTo(2);
        }
    }

    @Test
    void aPropertyWithNoJsonFormRejectsTheWholeBatch() {
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            assertThatThrownBy(() -> log.append(List.of(view("u1", "a").build(),
                    view("u1", "a").id("bad").withProperty("when", Instant.EPOCH).build())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event bad")
                    .hasMessageContaining("$.when").hasMessageContaining("java.time.Instant");
            assertThat(log.stats().total()).isZero();
        }
    }

    @Test
    @SuppressWarnings("try") // the open resource is the point
    void appendingOnTheThreadThatHoldsABulkLoadFailsFast() {
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"));
             EventLog.BulkLoad load = log.bulkLoad()) {
            assertThatThrownBy(() -> log.append(List.of(view("u1", "a").build())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("open bulk load");
        }
    }

    @Test
    void aClosedLogRefusesWrites() {
        EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"));
        log.close();
        log.close();

        assertThatThrownBy(() -> log.append(List.of(view("u1", "a").build()))).hasMessageContaining("is closed");
    }

    @Test
    void aLargeChunkIsPipelinedInPiecesWithDuplicatesAcrossPiecesFound() {
        List<Event> events = new ArrayList<>(new RandomEvents(12).batch(9_000));
        events.addAll(events.subList(0, 1_000)); // the last piece repeats ids of the first
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                assertThat(load.add(events)).isEqualTo(new AppendResult(9_000, 1_000));
                load.commit();
            }
            assertThat(ids(all(log))).hasSize(9_000).doesNotHaveDuplicates();
        }
    }

    @Test
    void aBadEventInALaterPieceFailsTheLoadAndClosingLeavesNothing() {
        List<Event> events = new ArrayList<>(new RandomEvents(13).batch(9_999));
        events.add(purchase("u1", "a", "1e20").id("absurd-price").build());
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                assertThatThrownBy(() -> load.add(events)).hasMessageContaining("absurd-price");
                assertThatThrownBy(load::commit).hasMessageContaining("close it (rolls back)");
            }
            assertThat(log.stats().total()).isZero();
            assertThat(log.append(events.subList(0, 100)).appended()).isEqualTo(100);
        }
    }

    @Test
    void aBulkLoadOf200kEventsScansBackInOrder() {
        RandomEvents random = new RandomEvents(99).users(5_000).items(20_000).spanSeconds(3_600);
        List<Event> appended = new ArrayList<>(200_000);
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                for (int chunk = 0; chunk < 10; chunk++) {
                    List<Event> events = random.batch(20_000);
                    appended.addAll(events);
                    assertThat(load.add(events)).isEqualTo(new AppendResult(20_000, 0));
                }
                load.commit();
            }
            List<Event> expected = appended.stream().sorted(Comparator.comparing(Event::timestamp)).toList();
            long[] n = {0};
            log.scan(EventQuery.all(), e -> {
                Event want = expected.get((int) n[0]++);
                if (!e.id().equals(want.id())) {
                    throw new AssertionError("event " + (n[0] - 1) + " is " + e.id() + ", expected " + want.id());
                }
            });
            assertThat(n[0]).isEqualTo(200_000);
            assertThat(log.append(appended.subList(0, 1_000))).isEqualTo(new AppendResult(0, 1_000));
        }
    }

    static List<Event> all(EventLog log) {
        return scan(log, EventQuery.all());
    }

    static List<Event> scan(EventLog log, EventQuery q) {
        List<Event> out = new ArrayList<>();
        log.scan(q, out::add);
        return out;
    }
}
