package io.marketpilot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The baseline: DuckDB's Appender writing ready rows into a fresh {@code events} table created from the store's
 * own schema script, in transactions of {@code batch} rows (each commit fsyncs DuckDB's WAL, as the product's
 * appends do), or all rows in one transaction (as a bulk import does). No dedupe, no parsing, no JSON: the
 * physical limit of the storage path. The same rows can go through {@link RawTableFunction} (the store's write path
 * since benchmarks §24) or a CSV file and {@code read_csv} instead of the Appender.
 */
final class RawAppender implements AutoCloseable {
    private static final String SCHEMA = "db/duckdb/V001__events.sql";

    private final DuckDBConnection connection;

    private RawAppender(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** A fresh database with the events table; {@code settings} are SQL statements run first (e.g. SET …). */
    static RawAppender create(Path file, List<String> settings) throws SQLException, IOException {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            for (String setting : settings) {
                s.execute(setting);
            }
            s.execute(schema());
        } catch (SQLException | IOException e) {
            c.close();
            throw e;
        }
        return new RawAppender(c);
    }

    private static String schema() throws IOException {
        try (InputStream in = RawAppender.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IOException(SCHEMA + " is not on the classpath (it ships in marketpilot-store)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Appends every row, committing every {@code batch} rows, through the Appender or (when {@code tableFunction})
     * {@link RawTableFunction}; returns each transaction's nanoseconds.
     */
    long[] append(List<RawRow> rows, int batch, boolean tableFunction) throws SQLException {
        RawTableFunction function = tableFunction ? RawTableFunction.register(connection) : null;
        long[] took = new long[(int) ((rows.size() + (long) batch - 1) / batch)];
        long seq = 1;
        try (Statement s = connection.createStatement()) {
            for (int from = 0, k = 0; from < rows.size(); from += batch, k++) {
                long t0 = System.nanoTime();
                s.execute("BEGIN TRANSACTION");
                List<RawRow> piece = rows.subList(from, Math.min(rows.size(), from + batch));
                if (function != null) {
                    function.insert(connection, piece, seq);
                    seq += piece.size();
                } else {
                    try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
                        for (RawRow row : piece) {
                            append(a, seq++, row);
                        }
                    }
                }
                s.execute("COMMIT");
                took[k] = System.nanoTime() - t0;
            }
        }
        return took;
    }

    /** The same rows through {@link RawCsvLoad} (a CSV file and DuckDB's reader) in one transaction; nanoseconds. */
    long[] loadViaCsv(List<RawRow> rows, Path csv) throws SQLException, IOException {
        return new long[] {RawCsvLoad.load(connection, rows, csv)};
    }

    long count() throws SQLException {
        try (Statement s = connection.createStatement(); var r = s.executeQuery("SELECT count(*) FROM events")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void append(DuckDBAppender a, long seq, RawRow r) throws SQLException {
        a.beginRow().append(seq).append(r.eventId()).append(r.idHash()).append(r.type());
        string(a, r.userId());
        string(a, r.anonymousId());
        string(a, r.itemId());
        a.append(r.micros()).append(r.nanos()).append(r.quantity());
        if (r.priceUnscaled() == null) {
            a.appendNull();
        } else {
            a.appendDecimal(r.priceUnscaled());
        }
        string(a, r.currency());
        string(a, r.sessionId());
        string(a, r.context());
        string(a, r.properties());
        a.appendNull(); // extra: demo events carry no unknown fields
        a.append(false).endRow();
    }

    private static void string(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
