package io.marketpilot.store.duckdb;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBValue;

/**
 * The table function {@value #NAME}{@code (handle)} of one database: it returns the {@link ColumnarRows} lodged
 * under {@code handle}, and {@link #insert} runs {@code INSERT INTO events BY NAME SELECT * FROM} it in the
 * writer's open transaction. This replaces DuckDB's Appender, which crosses into native code once per value
 * (and per text value under a lock); here Java fills whole vectors per 2,048-row chunk (benchmarks §24).
 *
 * <p>DuckDB keeps a registered function in the catalog of the database it was registered on, so each
 * {@link DuckDbEventLog} registers its own instance once at open and two logs open in one JVM never see each
 * other's rows. The handle makes each INSERT name its rows explicitly: a statement can only read rows lodged for
 * it, and nothing stays lodged after {@link #insert} returns.
 */
final class EventRowsFunction {
    static final String NAME = "marketpilot_event_rows";

    private final Map<Long, ColumnarRows> lodged = new ConcurrentHashMap<>();
    private final AtomicLong handles = new AtomicLong();

    private EventRowsFunction() {}

    /** Registers the function on the database of {@code writer}; once per database. */
    static EventRowsFunction register(DuckDBConnection writer) throws SQLException {
        EventRowsFunction function = new EventRowsFunction();
        DuckDBFunctions.tableFunction()
                .withName(NAME)
                .withParameter(DuckDBColumnType.BIGINT)
                .withFunction(function.new Rows())
                .register(writer);
        return function;
    }

    /** Inserts the rows into {@code events} through {@code writer} (its transaction stays open). */
    void insert(DuckDBConnection writer, ColumnarRows rows) throws SQLException {
        long handle = handles.incrementAndGet();
        lodged.put(handle, rows);
        try (Statement s = writer.createStatement()) {
            long inserted = s.executeLargeUpdate(
                    "INSERT INTO events BY NAME SELECT * FROM " + NAME + "(" + handle + ")");
            if (inserted != rows.size()) {
                throw new SQLException("inserted " + inserted + " of " + rows.size() + " rows into events");
            }
        } finally {
            lodged.remove(handle);
        }
    }

    /** Where the next chunk starts; one scan runs on one thread ({@code setMaxThreads(1)}). */
    private static final class Cursor {
        private int next;
    }

    private final class Rows implements DuckDBTableFunction<ColumnarRows, Cursor, Object> {
        @Override
        public ColumnarRows bind(DuckDBTableFunctionBindInfo info) throws SQLException {
            long handle;
            try (DuckDBValue parameter = info.getParameter(0)) {
                handle = parameter.getLong();
            }
            ColumnarRows rows = lodged.get(handle);
            if (rows == null) {
                throw new IllegalStateException(NAME + "(" + handle + "): no rows are lodged under this handle;"
                        + " the function only serves the event log's own inserts");
            }
            ColumnarRows.describe(info);
            info.setCardinality(rows.size(), true);
            return rows;
        }

        @Override
        public Cursor init(DuckDBTableFunctionInitInfo info) {
            info.setMaxThreads(1);
            return new Cursor();
        }

        @Override
        public long apply(DuckDBTableFunctionCallInfo call, DuckDBDataChunkWriter out) {
            ColumnarRows rows = call.getBindData();
            Cursor cursor = call.getInitData();
            int n = rows.fill(out, cursor.next);
            cursor.next += n;
            return n;
        }
    }
}
