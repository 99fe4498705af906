package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.store.duckdb.EventRows.Encoded;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows into {@code events} with DuckDB's Appender, value by value: the path of ordinary appends (the HTTP
 * ingest's batches). Bulk loads use {@link ColumnarRows} instead, which costs less CPU per row but, as a query,
 * wakes DuckDB's worker threads on every INSERT: with the default worker count that cost more than it saved at
 * 1,000-event batches (benchmarks §24), while bulk loads run with one worker ({@link BulkThreads}).
 */
final class AppenderRows {
    private AppenderRows() {}

    /** Appends {@code rows[picked[k]]} with sequence number {@code firstSeq + k}, in the writer's transaction. */
    static void append(DuckDBConnection writer, List<Encoded> rows, int[] picked, long firstSeq) throws SQLException {
        try (DuckDBAppender a = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            for (int k = 0; k < picked.length; k++) {
                append(a, firstSeq + k, rows.get(picked[k]));
            }
        }
    }

    private static void append(DuckDBAppender a, long seq, Encoded row) throws SQLException {
        Event e = row.event();
        a.beginRow()
                .append(seq)
                .append(e.id().value())
                .append(row.idHash())
                .append(e.type().wireName());
        string(a, e.userId() == null ? null : e.userId().value());
        string(a, e.anonymousId() == null ? null : e.anonymousId().value());
        string(a, e.itemId() == null ? null : e.itemId().value());
        a.append(row.micros())
                .append(row.nanos())
                .append(e.quantity());
        if (row.price() == null) {
            a.appendNull();
        } else {
            a.appendDecimal(row.price().unscaledValue().longValueExact());
        }
        string(a, e.currency());
        string(a, e.sessionId() == null ? null : e.sessionId().value());
        string(a, row.context());
        string(a, row.properties());
        string(a, row.extra());
        a.append(e.bot()).endRow();
    }

    private static void string(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }
}
