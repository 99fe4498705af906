package io.marketpilot.store.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's worker threads during a bulk load: one. Writing a large transaction (through the Appender, or the
 * table function bulk loads use) gains no speed from more workers, but with two they cost 1–2.5 µs more CPU per
 * event (measured: {@code bench/stages}, variants {@code one_transaction} vs {@code one_transaction_threads_1}
 * and {@code one_transaction_table_function} vs {@code one_transaction_table_function_threads_1}), CPU the
 * import's own reading and cleaning thread needs on a small machine. {@code threads} is a database-wide setting, so queries running
 * beside a bulk load also get one worker until it ends; the previous value is restored at commit or rollback.
 */
final class BulkThreads {
    private BulkThreads() {}

    /** Sets one worker thread; returns the setting to {@link #restore}. */
    static long pinToOne(DuckDBConnection writer) throws SQLException {
        long previous;
        try (Statement s = writer.createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
            r.next();
            previous = r.getLong(1);
        }
        if (previous != 1) {
            set(writer, 1);
        }
        return previous;
    }

    /**
     * Puts {@code previous} back. Deliberately quiet: it runs after the load's commit or rollback, whose outcome
     * must be what the caller hears; if DuckDB refuses, the database keeps one worker (slower, still correct).
     */
    static void restore(DuckDBConnection writer, long previous) {
        if (previous == 1) {
            return;
        }
        try {
            set(writer, previous);
        } catch (SQLException ignoredAfterTheOutcome) {
            // see above: the bulk load's own result stands
        }
    }

    private static void set(DuckDBConnection writer, long threads) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("SET threads = " + threads);
        }
    }
}
