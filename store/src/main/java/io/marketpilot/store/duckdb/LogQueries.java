package io.marketpilot.store.duckdb;

import io.marketpilot.core.store.LogQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Runs {@link LogQuery}s: on a fresh read connection, fills the connection's temporary {@code lookup} table with
 * the Appender, runs the query in one read-only snapshot and streams the rows. The table dies with the connection.
 */
final class LogQueries {
    interface Connections {
        Connection open() throws SQLException;
    }

    private LogQueries() {}

    static void run(Connections connections, LogQuery query, Consumer<LogQuery.Row> sink) throws SQLException {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE lookup (tag VARCHAR, k VARCHAR, name VARCHAR, text VARCHAR, num DOUBLE, ts BIGINT)");
            fill((DuckDBConnection) c, query);
            c.setAutoCommit(false);
            try (ResultSet r = s.executeQuery(query.sql())) {
                Row row = new Row(r);
                while (r.next()) {
                    sink.accept(row);
                }
            }
            c.commit();
        }
    }

    private static void fill(DuckDBConnection c, LogQuery query) throws SQLException {
        try (DuckDBAppender a = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "lookup")) {
            SQLException[] failed = new SQLException[1];
            query.lookups().accept(l -> {
                if (failed[0] != null) {
                    return;
                }
                try {
                    a.beginRow();
                    text(a, l.tag());
                    text(a, l.k());
                    text(a, l.name());
                    text(a, l.text());
                    if (l.num() == null) {
                        a.appendNull();
                    } else {
                        a.append(l.num().doubleValue());
                    }
                    if (l.ts() == null) {
                        a.appendNull();
                    } else {
                        a.append(l.ts().longValue());
                    }
                    a.endRow();
                } catch (SQLException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
    }

    private static void text(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private record Row(ResultSet r) implements LogQuery.Row {
        @Override
        public String text(int column) {
            try {
                return r.getString(column + 1);
            } catch (SQLException e) {
                throw new IllegalStateException("column " + column + ": " + e.getMessage(), e);
            }
        }

        @Override
        public long integer(int column) {
            try {
                return r.getLong(column + 1);
            } catch (SQLException e) {
                throw new IllegalStateException("column " + column + ": " + e.getMessage(), e);
            }
        }

        @Override
        public double number(int column) {
            try {
                return r.getDouble(column + 1);
            } catch (SQLException e) {
                throw new IllegalStateException("column " + column + ": " + e.getMessage(), e);
            }
        }
    }
}
