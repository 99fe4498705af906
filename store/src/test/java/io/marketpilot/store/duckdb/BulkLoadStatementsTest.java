package io.marketpilot.store.duckdb;

import static io.marketpilot.testkit.EventBuilder.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load inserts its kept rows in statements of {@link WriteTransaction#INSERT_ROWS}, not chunk by chunk:
 * rows still waiting must be seen by the dedupe probe, numbered in order without gaps, and gone after a rollback.
 */
class BulkLoadStatementsTest {
    /** Ids starting with "c-" all share one hash, so each of them goes through the database probe. */
    private static final ToLongFunction<String> COLLIDING = id -> id.startsWith("c-") ? 7L : IdHash.of(id);

    @TempDir
    Path dir;

    @Test
    void rowsWaitingForTheirInsertAreSeenByTheProbeAndKeepTheirOrder() throws SQLException {
        Path file = dir.resolve("events.duckdb");
        int big = WriteTransaction.INSERT_ROWS + 7_233; // one full statement, then rows left waiting
        List<String> expected = new ArrayList<>();
        try (EventLog log = DuckDbEventLog.open(file, COLLIDING);
             EventLog.BulkLoad load = log.bulkLoad()) {
            List<Event> first = events("a-", big);
            first.set(100, view("u1", "x").id("c-1").build());
            assertThat(load.add(first)).isEqualTo(new AppendResult(big, 0));
            first.forEach(e -> expected.add(e.id().value()));

            // c-1 is stored (first statement); c-2 is new; a-5 repeats an id stored, a-40000 one still waiting
            List<Event> second = List.of(view("u1", "x").id("c-1").build(), view("u1", "x").id("c-2").build(),
                    view("u2", "x").id("a-5").build(), view("u2", "x").id("a-40000").build(),
                    view("u2", "x").id("b-1").build());
            assertThat(load.add(second)).isEqualTo(new AppendResult(2, 3));
            expected.add("c-2");
            expected.add("b-1");

            // c-2 has not been inserted yet: only the probe, after inserting what waits, can confirm it
            List<Event> third = List.of(view("u1", "x").id("c-2").build(), view("u1", "x").id("c-3").build());
            assertThat(load.add(third)).isEqualTo(new AppendResult(1, 1));
            expected.add("c-3");
            load.commit();
        }
        assertThat(storedIdsBySeq(file)).containsExactlyElementsOf(expected);
        assertThat(seqRange(file)).containsExactly(1L, (long) expected.size(), (long) expected.size());
    }

    @Test
    void aRolledBackLoadLeavesNoWaitingRowsBehind() throws SQLException {
        Path file = dir.resolve("events.duckdb");
        try (EventLog log = DuckDbEventLog.open(file, COLLIDING)) {
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                assertThat(load.add(events("a-", WriteTransaction.INSERT_ROWS + 10)))
                        .isEqualTo(new AppendResult(WriteTransaction.INSERT_ROWS + 10, 0));
            } // closed without commit: rolled back, inserted and waiting rows alike
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                assertThat(load.add(events("a-", 20))).isEqualTo(new AppendResult(20, 0));
                load.commit();
            }
        }
        assertThat(seqRange(file)).containsExactly(1L, 20L, 20L);
    }

    private static List<Event> events(String prefix, int n) {
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(view("u" + (i % 97), "item-" + (i % 31)).id(prefix + i).build());
        }
        return out;
    }

    private static List<String> storedIdsBySeq(Path file) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT event_id FROM events ORDER BY seq")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /** min(seq), max(seq), count(DISTINCT seq). */
    private static List<Long> seqRange(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT min(seq), max(seq), count(DISTINCT seq) FROM events")) {
            r.next();
            return List.of(r.getLong(1), r.getLong(2), r.getLong(3));
        }
    }
}
