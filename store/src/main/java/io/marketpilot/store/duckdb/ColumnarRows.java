package io.marketpilot.store.duckdb;

import static io.marketpilot.store.duckdb.EventRows.Encoded.TEXTS;

import io.marketpilot.store.duckdb.EventRows.Encoded;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBLogicalType;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * Rows about to be inserted into {@code events}: some rows of an encoded chunk (those dedupe kept, in order) with
 * consecutive sequence numbers from {@code firstSeq}. {@link EventRowsFunction} hands them to DuckDB one data
 * chunk (up to 2,048 rows) at a time, column by column: numbers go straight into the vectors' memory and each
 * text column is copied with one call per chunk from the UTF-8 bytes {@link Encoded} prepared. Immutable.
 */
final class ColumnarRows {
    private static final int SEQ = 0;
    private static final int ID_HASH = 2;
    private static final int TS = 7;
    private static final int TS_NANOS = 8;
    private static final int QUANTITY = 9;
    private static final int PRICE = 10;
    private static final int BOT = 16;
    /** The vector of each text column, indexed like {@link Encoded#texts()}. */
    private static final int[] TEXT_VECTORS = {1, 3, 4, 5, 6, 11, 12, 13, 14, 15};

    private final List<Encoded> rows;
    private final int[] picked;
    private final long firstSeq;

    /** {@code picked}: the indexes into {@code rows} to write, in order. */
    ColumnarRows(List<Encoded> rows, int[] picked, long firstSeq) {
        this.rows = rows;
        this.picked = picked;
        this.firstSeq = firstSeq;
    }

    /** All of {@code rows}, in order. */
    static ColumnarRows all(List<Encoded> rows, long firstSeq) {
        int[] every = new int[rows.size()];
        Arrays.setAll(every, i -> i);
        return new ColumnarRows(rows, every, firstSeq);
    }

    int size() {
        return picked.length;
    }

    /** The result columns, named and typed as {@code events} (V001__events.sql), in table order. */
    static void describe(DuckDBTableFunctionBindInfo info) throws SQLException {
        info.addResultColumn("seq", DuckDBColumnType.BIGINT)
                .addResultColumn("event_id", DuckDBColumnType.VARCHAR)
                .addResultColumn("id_hash", DuckDBColumnType.BIGINT)
                .addResultColumn("type", DuckDBColumnType.VARCHAR)
                .addResultColumn("user_id", DuckDBColumnType.VARCHAR)
                .addResultColumn("anonymous_id", DuckDBColumnType.VARCHAR)
                .addResultColumn("item_id", DuckDBColumnType.VARCHAR)
                .addResultColumn("ts", DuckDBColumnType.BIGINT)
                .addResultColumn("ts_nanos", DuckDBColumnType.SMALLINT)
                .addResultColumn("quantity", DuckDBColumnType.INTEGER);
        try (DuckDBLogicalType decimal = DuckDBLogicalType.decimal(EventRows.PRICE_PRECISION, EventRows.PRICE_SCALE)) {
            info.addResultColumn("price", decimal);
        }
        info.addResultColumn("currency", DuckDBColumnType.VARCHAR)
                .addResultColumn("session_id", DuckDBColumnType.VARCHAR)
                .addResultColumn("context", DuckDBColumnType.VARCHAR)
                .addResultColumn("properties", DuckDBColumnType.VARCHAR)
                .addResultColumn("extra", DuckDBColumnType.VARCHAR)
                .addResultColumn("bot", DuckDBColumnType.BOOLEAN);
    }

    /** Writes the rows from position {@code from} into {@code out}, as many as fit; returns how many (0: done). */
    int fill(DuckDBDataChunkWriter out, int from) {
        int n = (int) Math.min(out.capacity(), picked.length - (long) from);
        if (n <= 0) {
            return 0;
        }
        DuckDBWritableVector seq = out.vector(SEQ);
        DuckDBWritableVector idHash = out.vector(ID_HASH);
        DuckDBWritableVector ts = out.vector(TS);
        DuckDBWritableVector nanos = out.vector(TS_NANOS);
        DuckDBWritableVector quantity = out.vector(QUANTITY);
        DuckDBWritableVector price = out.vector(PRICE);
        DuckDBWritableVector bot = out.vector(BOT);
        byte[][][] texts = new byte[TEXTS][n][];
        for (int k = 0; k < n; k++) {
            Encoded row = rows.get(picked[from + k]);
            seq.setLong(k, firstSeq + from + k);
            idHash.setLong(k, row.idHash());
            ts.setLong(k, row.micros());
            nanos.setShort(k, row.nanos());
            quantity.setInt(k, row.quantity());
            if (row.price() == null) {
                price.setNull(k);
            } else {
                price.setBigDecimal(k, row.price());
            }
            bot.setBoolean(k, row.bot());
            byte[][] text = row.texts();
            for (int c = 0; c < TEXTS; c++) {
                texts[c][k] = text[c];
            }
        }
        for (int c = 0; c < TEXTS; c++) {
            out.vector(TEXT_VECTORS[c]).setStringUtf8Batch(0, texts[c]);
        }
        return n;
    }
}
