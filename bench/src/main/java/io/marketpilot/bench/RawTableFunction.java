package io.marketpilot.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBLogicalType;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * The baseline's other write path, as the store writes since benchmarks §24: a Java table function filling
 * DuckDB's 2,048-row vectors column by column (text as UTF-8 with one call per column and chunk), read by
 * {@code INSERT INTO events SELECT * FROM raw_rows()}. Text is encoded inside the timed part, as the Appender does
 * it inside its own calls, so both variants pay the same work. One instance per connection and thread.
 */
final class RawTableFunction implements DuckDBTableFunction<Object, Object, Object> {
    /** The result columns as in the store's V001__events.sql (price DECIMAL(18,4)). */
    private static final String COLUMNS = "seq BIGINT, event_id VARCHAR, id_hash BIGINT, type VARCHAR, user_id VARCHAR,"
            + " anonymous_id VARCHAR, item_id VARCHAR, ts BIGINT, ts_nanos SMALLINT, quantity INTEGER, price DECIMAL,"
            + " currency VARCHAR, session_id VARCHAR, context VARCHAR, properties VARCHAR, extra VARCHAR, bot BOOLEAN";

    private List<RawRow> rows = List.of();
    private long firstSeq;
    private int next;

    static RawTableFunction register(DuckDBConnection c) throws SQLException {
        RawTableFunction f = new RawTableFunction();
        DuckDBFunctions.tableFunction().withName("raw_rows").withFunction(f).register(c);
        return f;
    }

    /** Inserts {@code rows} with sequence numbers from {@code firstSeq}, in the connection's open transaction. */
    void insert(DuckDBConnection c, List<RawRow> rows, long firstSeq) throws SQLException {
        this.rows = rows;
        this.firstSeq = firstSeq;
        this.next = 0;
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO events SELECT * FROM raw_rows()");
        } finally {
            this.rows = List.of();
        }
    }

    @Override
    public Object bind(DuckDBTableFunctionBindInfo b) throws SQLException {
        for (String column : COLUMNS.split(", ")) {
            String[] nameAndType = column.split(" ");
            if (nameAndType[1].equals("DECIMAL")) {
                try (DuckDBLogicalType decimal = DuckDBLogicalType.decimal(18, 4)) {
                    b.addResultColumn(nameAndType[0], decimal);
                }
            } else {
                b.addResultColumn(nameAndType[0], DuckDBColumnType.valueOf(nameAndType[1]));
            }
        }
        return null;
    }

    @Override
    public Object init(DuckDBTableFunctionInitInfo i) {
        i.setMaxThreads(1);
        return null;
    }

    @Override
    public long apply(DuckDBTableFunctionCallInfo call, DuckDBDataChunkWriter out) {
        int n = (int) Math.min(out.capacity(), rows.size() - next);
        if (n <= 0) {
            return 0;
        }
        DuckDBWritableVector seq = out.vector(0);
        DuckDBWritableVector hash = out.vector(2);
        DuckDBWritableVector ts = out.vector(7);
        DuckDBWritableVector nanos = out.vector(8);
        DuckDBWritableVector quantity = out.vector(9);
        DuckDBWritableVector price = out.vector(10);
        DuckDBWritableVector bot = out.vector(16);
        byte[][][] text = new byte[9][n][];
        for (int k = 0; k < n; k++) {
            RawRow r = rows.get(next + k);
            seq.setLong(k, firstSeq + next + k);
            hash.setLong(k, r.idHash());
            ts.setLong(k, r.micros());
            nanos.setShort(k, r.nanos());
            quantity.setInt(k, r.quantity());
            if (r.priceUnscaled() == null) {
                price.setNull(k);
            } else {
                price.setBigDecimal(k, BigDecimal.valueOf(r.priceUnscaled(), 4));
            }
            bot.setBoolean(k, false);
            text[0][k] = utf8(r.eventId());
            text[1][k] = utf8(r.type());
            text[2][k] = utf8(r.userId());
            text[3][k] = utf8(r.anonymousId());
            text[4][k] = utf8(r.itemId());
            text[5][k] = utf8(r.currency());
            text[6][k] = utf8(r.sessionId());
            text[7][k] = utf8(r.context());
            text[8][k] = utf8(r.properties());
        }
        int[] vectors = {1, 3, 4, 5, 6, 11, 12, 13, 14};
        for (int c = 0; c < vectors.length; c++) {
            out.vector(vectors[c]).setStringUtf8Batch(0, text[c]);
        }
        out.vector(15).setStringUtf8Batch(0, new byte[n][]); // extra: demo events carry no unknown fields
        next += n;
        return n;
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
