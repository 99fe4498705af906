package io.marketpilot.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * The other way to bulk-write the same rows: Java writes them as a compact CSV file (every column value ready,
 * strings quoted, NULL as an unquoted empty field) and DuckDB's own parallel CSV reader inserts them with
 * {@code INSERT INTO events SELECT … FROM read_csv(…)} and explicit column types, in one transaction. Compared
 * with the Appender in {@code bench/stages} (variant {@code one_transaction_via_read_csv}); the clock covers both
 * the file writing and the insert.
 */
final class RawCsvLoad {
    private static final String COLUMNS = "{'seq':'BIGINT','event_id':'VARCHAR','id_hash':'BIGINT','type':'VARCHAR',"
            + "'user_id':'VARCHAR','anonymous_id':'VARCHAR','item_id':'VARCHAR','ts':'BIGINT','ts_nanos':'SMALLINT',"
            + "'quantity':'INTEGER','price':'BIGINT','currency':'VARCHAR','session_id':'VARCHAR','context':'VARCHAR',"
            + "'properties':'VARCHAR','extra':'VARCHAR','bot':'BOOLEAN'}";

    private RawCsvLoad() {}

    /** Writes {@code rows} to {@code csv}, inserts them in one transaction; returns the nanoseconds taken. */
    static long load(DuckDBConnection connection, List<RawRow> rows, Path csv) throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(256);
            long seq = 1;
            for (RawRow r : rows) {
                line.setLength(0);
                line.append(seq++).append(',');
                quoted(line, r.eventId()).append(',').append(r.idHash()).append(',');
                quoted(line, r.type()).append(',');
                quoted(line, r.userId()).append(',');
                quoted(line, r.anonymousId()).append(',');
                quoted(line, r.itemId()).append(',').append(r.micros()).append(',').append(r.nanos()).append(',')
                        .append(r.quantity()).append(',');
                if (r.priceUnscaled() != null) {
                    line.append(r.priceUnscaled().longValue());
                }
                line.append(',');
                quoted(line, r.currency()).append(',');
                quoted(line, r.sessionId()).append(',');
                quoted(line, r.context()).append(',');
                quoted(line, r.properties()).append(",,false\n");
                out.append(line);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN TRANSACTION");
            // price travels as the unscaled DECIMAL(18,4) long, as the Appender's appendDecimal takes it
            s.execute("INSERT INTO events SELECT seq, event_id, id_hash, type, user_id, anonymous_id, item_id, ts,"
                    + " ts_nanos, quantity, (price::DECIMAL(18,0) * 0.0001)::DECIMAL(18,4), currency,"
                    + " session_id, context, properties, extra, bot FROM read_csv('" + csv.toAbsolutePath()
                    + "', header = false, auto_detect = false, quote = '\"', escape = '\"',"
                    + " allow_quoted_nulls = false, columns = " + COLUMNS + ")");
            s.execute("COMMIT");
        }
        Files.delete(csv);
        return System.nanoTime() - t0;
    }

    /** A CSV field that stays a string: in quotes (an empty string differs from NULL), inner quotes doubled. */
    private static StringBuilder quoted(StringBuilder line, String s) {
        if (s == null) {
            return line;
        }
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        return line.append('"');
    }
}
