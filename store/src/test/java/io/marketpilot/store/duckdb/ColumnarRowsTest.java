package io.marketpilot.store.duckdb;

import static io.marketpilot.testkit.EventBuilder.T0;
import static io.marketpilot.testkit.EventBuilder.anonymousView;
import static io.marketpilot.testkit.EventBuilder.purchase;
import static io.marketpilot.testkit.EventBuilder.search;
import static io.marketpilot.testkit.EventBuilder.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.store.duckdb.EventRows.Encoded;
import io.marketpilot.testkit.RandomEvents;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The columnar write path ({@link ColumnarRows} through {@link EventRowsFunction}, used by bulk loads) beside the
 * Appender's ({@link AppenderRows}, used by appends): every column type, NULL against empty text, long and non-ASCII
 * text, the DECIMAL(18,4) limits, nanoseconds, DuckDB's 2,048-row chunk boundaries, both paths storing the same
 * bytes, and two databases open in one JVM at once.
 */
class ColumnarRowsTest {
    private static final String LONG_TEXT = "长".repeat(3_000) + "x".repeat(5_000);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "bulk load: {0}")
    @ValueSource(booleans = {true, false})
    void everyColumnRoundTripsExactlyThroughBothWritePaths(boolean bulk) {
        List<Event> events = List.of(
                purchase("用户-一", "商品-①", "99999999999999.9999").id("max-price").session("s-😀")
                        .at(Instant.parse("2026-03-02T09:00:00.123456789Z")).quantity(Integer.MAX_VALUE)
                        .withContext("channel", "web").withProperty("title", "全角ＡＢＣ and émigré").build(),
                purchase("u2", "i2", "-99999999999999.9999").id("min-price").quantity(-3)
                        .at(Instant.parse("1969-12-31T23:59:59.999999999Z")).build(),
                purchase("u3", "i3", "0.0001").id("smallest-step").bot().build(),
                purchase("u4", "i4", "0").id("zero-price").price("0", "").build(),
                anonymousView("anon-Ω", "i5").id("anonymous").withExtra("unknown_field", LONG_TEXT).build(),
                search("u6", "キーボード").id("no-item").at(Instant.ofEpochSecond(-62_000_000_000L, 999)).build(),
                view("u7", "i7").id("e".repeat(40) + "-长いＩＤ").withContext("empty", "").build());
        try (EventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            if (bulk) {
                try (EventLog.BulkLoad load = log.bulkLoad()) {
                    assertThat(load.add(events)).isEqualTo(new AppendResult(events.size(), 0));
                    load.commit();
                }
            } else {
                assertThat(log.append(events)).isEqualTo(new AppendResult(events.size(), 0));
            }

            List<Event> read = DuckDbEventLogStorageTest.all(log);
            assertThat(read).containsExactlyInAnyOrderElementsOf(events);
        }
    }

    @Test
    void bothWritePathsStoreTheSameBytesInEveryColumn() throws SQLException {
        List<Event> events = new ArrayList<>(new RandomEvents(7).batch(6_000));
        events.add(purchase("用户", "商品", "12.345678").id("rounded-price").withExtra("x", "ＡＢＣ").build());
        events.addAll(events.subList(0, 500)); // duplicates are dropped the same way
        try (EventLog appended = DuckDbEventLog.open(dir.resolve("appended.duckdb"));
             EventLog loaded = DuckDbEventLog.open(dir.resolve("loaded.duckdb"))) {
            for (int from = 0; from < events.size(); from += 1_000) {
                appended.append(events.subList(from, Math.min(events.size(), from + 1_000)));
            }
            try (EventLog.BulkLoad load = loaded.bulkLoad()) {
                load.add(events); // pipelined in pieces
                load.commit();
            }
        }
        assertThat(rows(dir.resolve("loaded.duckdb"))).hasSize(6_001)
                .containsExactlyElementsOf(rows(dir.resolve("appended.duckdb")));
    }

    /** Every column of every row, in seq order, as DuckDB renders it (text, NULL as "NULL"). */
    private static List<String> rows(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM events ORDER BY seq")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    String v = r.getString(i);
                    row.append(v == null ? "NULL" : "'" + v + "'").append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void nullAndEmptyTextStayDistinctAndSequenceNumbersFollowOn() throws SQLException {
        Event event = view("u1", "i1").id("e1").build();
        Encoded encoded = Encoded.of(event, IdHash::of, true);
        byte[][] texts = encoded.texts().clone();
        texts[Encoded.CURRENCY] = new byte[0];
        texts[Encoded.SESSION_ID] = null;
        Encoded empty = new Encoded(event, encoded.idHash(), encoded.micros(), encoded.nanos(), encoded.quantity(),
                encoded.bot(), new BigDecimal("1.0000"),
                null, null, null, texts);
        try (DuckDBConnection c = memory()) {
            EventRowsFunction function = EventRowsFunction.register(c);
            function.insert(c, new ColumnarRows(List.of(encoded, empty, encoded), new int[] {1, 2}, 41));

            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT seq, currency = '', session_id IS NULL, price::VARCHAR,"
                         + " anonymous_id IS NULL, extra IS NULL FROM events ORDER BY seq")) {
                assertThat(r.next()).isTrue();
                assertThat(List.of(r.getLong(1), r.getBoolean(2), r.getBoolean(3), r.getString(4), r.getBoolean(5),
                        r.getBoolean(6))).containsExactly(41L, true, true, "1.0000", true, true);
                assertThat(r.next()).isTrue();
                assertThat(List.of(r.getLong(1), r.getObject(2) == null, r.getObject(4) == null))
                        .as("the unmodified row: NULL currency and price").containsExactly(42L, true, true);
                assertThat(r.next()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2_047, 2_048, 2_049, 4_096, 6_000})
    void chunkBoundariesLoseAndRepeatNothing(int rows) throws SQLException {
        List<Encoded> encoded = IntStream.range(0, rows)
                .mapToObj(i -> Encoded.of(view("u" + (i % 7), "i" + i).id("ev-" + i).at(T0.plusNanos(i))
                        .withContext("n", i).build(), IdHash::of, true))
                .toList();
        int[] every = IntStream.range(0, rows).toArray();
        try (DuckDBConnection c = memory()) {
            EventRowsFunction function = EventRowsFunction.register(c);
            function.insert(c, new ColumnarRows(encoded, every, 1));

            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT event_id), min(seq), max(seq),"
                         + " sum(seq), bool_and(event_id = 'ev-' || (seq - 1)), bool_and(ts_nanos = (seq - 1) % 1000),"
                         + " bool_and(context = '{\"n\":' || (seq - 1) || '}') FROM events")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(rows);
                assertThat(r.getLong(2)).isEqualTo(rows);
                assertThat(r.getLong(3)).isEqualTo(1);
                assertThat(r.getLong(4)).isEqualTo(rows);
                assertThat(r.getLong(5)).isEqualTo((long) rows * (rows + 1) / 2);
                assertThat(r.getBoolean(6)).as("ids match their seq").isTrue();
                assertThat(r.getBoolean(7)).as("nanos match their seq").isTrue();
                assertThat(r.getBoolean(8)).as("context text matches its seq").isTrue();
            }
        }
    }

    /**
     * Zero nanoseconds and {@code bot = false} (most rows) in whole 2,048-row chunks after chunks of set values, and
     * mixed, read back exactly: nothing of a reused vector leaks into the next chunk. (Skipping the setters of zero
     * values was tried: DuckDB's vectors are zeroed but not valid until written, so it stored NULLs.)
     */
    @Test
    void zeroNanosAndFalseBotReadBackExactlyAcrossChunks() throws SQLException {
        int rows = 5 * 2_048 + 17;
        List<Encoded> encoded = IntStream.range(0, rows).mapToObj(i -> {
            int chunk = i / 2_048;
            boolean set = chunk % 2 == 0 ? chunk != 2 || i % 3 == 0 : chunk == 3 && i % 5 == 0;
            var b = view("u", "i").id("ev-" + i).at(T0.plusNanos(set ? 1 + i % 999 : 0));
            return Encoded.of((set ? b.bot() : b).build(), IdHash::of, true);
        }).toList();
        try (DuckDBConnection c = memory()) {
            EventRowsFunction.register(c).insert(c, new ColumnarRows(encoded, IntStream.range(0, rows).toArray(), 0));

            List<String> expected = encoded.stream()
                    .map(e -> e.nanos() + "|" + e.event().bot() + "|" + (e.price() == null)).toList();
            List<String> read = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT ts_nanos, bot, price IS NULL FROM events ORDER BY seq")) {
                while (r.next()) {
                    read.add(r.getShort(1) + "|" + r.getBoolean(2) + "|" + r.getBoolean(3));
                }
            }
            assertThat(read).containsExactlyElementsOf(expected);
            assertThat(expected).contains("0|false|true").anyMatch(x -> x.endsWith("|true|true"));
        }
    }

    @Test
    void theFunctionServesOnlyRowsLodgedForAnInsert() throws SQLException {
        try (DuckDBConnection c = memory()) {
            EventRowsFunction.register(c);
            assertThatThrownBy(() -> {
                try (Statement s = c.createStatement()) {
                    s.executeQuery("SELECT * FROM " + EventRowsFunction.NAME + "(1)").close();
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("no rows are lodged under this handle");
        }
    }

    @Test
    void twoDatabasesOpenAtOnceEachStoreOnlyTheirOwnRows() throws Exception {
        try (EventLog a = DuckDbEventLog.open(dir.resolve("a.duckdb"));
             EventLog b = DuckDbEventLog.open(dir.resolve("b.duckdb"))) {
            CompletableFuture<Void> intoA = CompletableFuture.runAsync(() -> write(a, "a", false));
            CompletableFuture<Void> intoB = CompletableFuture.runAsync(() -> write(b, "b", true));
            intoA.get();
            intoB.get();

            assertThat(DuckDbEventLogStorageTest.all(a)).hasSize(5_000).allMatch(e -> e.id().value().startsWith("a-"));
            assertThat(DuckDbEventLogStorageTest.all(b)).hasSize(5_000).allMatch(e -> e.id().value().startsWith("b-"));
        }
    }

    /** 5,000 events in batches of 500, appended one by one or through one bulk load. */
    private static void write(EventLog log, String prefix, boolean bulk) {
        List<List<Event>> batches = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            List<Event> batch = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                batch.add(view(prefix + "-user", "item-" + i).id(prefix + "-" + k + "-" + i).build());
            }
            batches.add(batch);
        }
        if (bulk) {
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                batches.forEach(load::add);
                load.commit();
            }
        } else {
            batches.forEach(log::append);
        }
    }

    private static DuckDBConnection memory() throws SQLException {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        DuckDbEventLog.SCHEMA.apply(c, "memory");
        return c;
    }
}
