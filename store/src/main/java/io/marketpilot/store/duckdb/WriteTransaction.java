package io.marketpilot.store.duckdb;

import io.marketpilot.core.store.AppendResult;
import io.marketpilot.store.duckdb.EventRows.Encoded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One open write transaction on the writer connection: chunks are deduplicated and written, then committed or
 * rolled back together. Rows go in through the Appender ({@link AppenderRows}: ordinary appends) or, in a bulk
 * load, through the table function {@link EventRowsFunction} ({@link ColumnarRows}, rows encoded
 * {@code forColumnar}). The caller holds the writer lock for its whole life.
 *
 * <p>Dedupe: an id whose hash is in neither the committed set nor this transaction's pending set is new for
 * sure. A hash hit is confirmed by the recently committed ids kept in memory (a retried batch), else by
 * joining the candidates (put in the temp table {@code probe_ids}) against {@code events}, which includes the
 * rows this transaction already appended, so a collision never drops an event. Exact duplicates inside one
 * chunk are caught by comparing the ids themselves.
 *
 * <p>Columnar (bulk-load) rows are not inserted chunk by chunk: the kept rows wait in {@code waiting} and go into
 * DuckDB in one {@code INSERT} per {@link #INSERT_ROWS}, and before anything reads {@code events} (a dedupe probe,
 * the commit). Every statement has a fixed cost before its first row (parse, bind, plan, the function's callbacks:
 * ~0.1 ms of CPU at one DuckDB worker, as bulk loads run, over 1 ms at two), paid on the writer thread, the import's
 * bound; with statements of 32,768 rows instead of 3,334 the writer's busy time in an import fell by 18%
 * (docs/benchmarks.md §29). Rows waiting are this transaction's own; a failure inserting them fails the
 * transaction, which then only rolls back.
 */
final class WriteTransaction {
    /** Ids kept for {@link RecentIds}: only for transactions that stay small (bulk loads stop keeping them). */
    private static final int KEEP_IDS_UP_TO = 50_000;
    /** Columnar rows per INSERT: 16 of DuckDB's 2,048-row vectors. */
    static final int INSERT_ROWS = 32_768;

    private final DuckDBConnection writer;
    private final IdIndex ids;
    /** The table function bulk loads insert through; null: the Appender. */
    private final EventRowsFunction columnar;
    private final LongHashSet pending = new LongHashSet(1024);
    private List<String> appendedIds = new ArrayList<>();
    private long nextSeq;
    /** Columnar rows kept by dedupe, not yet inserted; the first has sequence number {@code waitingFrom}. */
    private final List<Encoded> waiting = new ArrayList<>();
    private long waitingFrom;

    private WriteTransaction(DuckDBConnection writer, IdIndex ids, EventRowsFunction columnar, long nextSeq) {
        this.writer = writer;
        this.ids = ids;
        this.columnar = columnar;
        this.nextSeq = nextSeq;
    }

    /** A transaction writing through the Appender. */
    static WriteTransaction begin(DuckDBConnection writer, IdIndex ids, long nextSeq) throws SQLException {
        return begin(writer, ids, null, nextSeq);
    }

    /** A transaction inserting through {@code columnar}; its chunks must be encoded {@code forColumnar}. */
    static WriteTransaction beginColumnar(DuckDBConnection writer, IdIndex ids, EventRowsFunction columnar,
                                          long nextSeq) throws SQLException {
        return begin(writer, ids, columnar, nextSeq);
    }

    private static WriteTransaction begin(DuckDBConnection writer, IdIndex ids, EventRowsFunction columnar,
                                          long nextSeq) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("BEGIN TRANSACTION");
        }
        return new WriteTransaction(writer, ids, columnar, nextSeq);
    }

    AppendResult add(List<Encoded> chunk) throws SQLException {
        int n = chunk.size();
        boolean[] keep = new boolean[n];
        // Exact duplicates inside the chunk share a hash, so they show up as a hash hit; the ids themselves are
        // only compared (in `seen`) from the first hit on. Rows before it had hashes new to `pending`, hence
        // distinct ids, and rows after it are all added to `seen`, so this counts the same as comparing every id.
        Set<String> seen = null;
        List<Integer> candidates = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < n; i++) {
            Encoded row = chunk.get(i);
            long hash = row.idHash();
            // pending.add: one probe of a large table instead of contains + add
            boolean hashHit = ids.contains(hash) || !pending.add(hash);
            if (hashHit && seen == null) {
                seen = new HashSet<>(n * 2);
                for (int j = 0; j < i; j++) {
                    seen.add(chunk.get(j).event().id().value());
                }
            }
            if (seen != null && !seen.add(row.event().id().value())) {
                duplicates++;
            } else if (hashHit) {
                candidates.add(i);
            } else {
                keep[i] = true;
            }
        }
        List<Integer> unconfirmed = new ArrayList<>();
        for (int i : candidates) {
            if (ids.recentlyStored(chunk.get(i).event().id().value())) {
                duplicates++;
            } else {
                unconfirmed.add(i);
            }
        }
        if (!unconfirmed.isEmpty()) {
            Set<String> stored = stored(chunk, unconfirmed);
            for (int i : unconfirmed) {
                if (stored.contains(chunk.get(i).event().id().value())) {
                    duplicates++;
                } else {
                    keep[i] = true; // a hash collision: a new id after all
                    pending.add(chunk.get(i).idHash());
                }
            }
        }
        int appended = n - duplicates;
        if (appended > 0) {
            int[] picked = new int[appended];
            for (int i = 0, k = 0; i < n; i++) {
                if (keep[i]) {
                    picked[k++] = i;
                    if (appendedIds != null) { // past 50,000 ids a bulk load stops reading them (3 loads per row)
                        keepId(chunk.get(i).event().id().value());
                    }
                }
            }
            if (columnar != null) {
                hold(chunk, picked);
            } else {
                AppenderRows.append(writer, chunk, picked, nextSeq);
            }
            nextSeq += appended;
        }
        return new AppendResult(appended, duplicates);
    }

    /** Queues kept columnar rows (numbered from {@link #nextSeq}); inserts once {@link #INSERT_ROWS} wait. */
    private void hold(List<Encoded> chunk, int[] picked) throws SQLException {
        if (waiting.isEmpty()) {
            waitingFrom = nextSeq;
        }
        for (int i : picked) {
            waiting.add(chunk.get(i));
        }
        if (waiting.size() >= INSERT_ROWS) {
            insertWaiting();
        }
    }

    /** Inserts the waiting columnar rows in one statement, so that {@code events} holds every row kept so far. */
    private void insertWaiting() throws SQLException {
        if (waiting.isEmpty()) {
            return;
        }
        columnar.insert(writer, ColumnarRows.all(waiting, waitingFrom)); // done with the rows when it returns
        waiting.clear(); // after a failure they stay until the rollback
    }

    private void keepId(String id) {
        if (appendedIds != null) {
            appendedIds.add(id);
            if (appendedIds.size() > KEEP_IDS_UP_TO) {
                appendedIds = null;
            }
        }
    }

    /** Commits and publishes the new ids; returns the next sequence number. */
    long commit() throws SQLException {
        insertWaiting();
        try (Statement s = writer.createStatement()) {
            s.execute("COMMIT");
        }
        ids.addAll(pending, appendedIds == null ? List.of() : appendedIds);
        return nextSeq;
    }

    /** Rolls back; the in-memory id set never saw this transaction's ids, so nothing else to undo. */
    void rollback(Exception cause) {
        waiting.clear();
        try (Statement s = writer.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Which candidate ids are stored (committed, or appended earlier in this transaction). */
    private Set<String> stored(List<Encoded> chunk, List<Integer> candidates) throws SQLException {
        insertWaiting(); // the probe must see every row this transaction kept
        try (Statement s = writer.createStatement()) {
            s.execute("DELETE FROM probe_ids");
        }
        try (DuckDBAppender a = writer.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "probe_ids")) {
            for (int i : candidates) {
                a.beginRow().append(chunk.get(i).event().id().value()).append(chunk.get(i).idHash()).endRow();
            }
        }
        // Measured on 1.35M events: with few candidates, filtering both columns in SQL is fastest (~4 ms);
        // with many (a retried batch), joining on the hash alone and comparing ids here is faster (~15 vs ~30 ms).
        String sql = candidates.size() <= 64
                ? "SELECT event_id FROM events WHERE id_hash IN (SELECT id_hash FROM probe_ids)"
                        + " AND event_id IN (SELECT event_id FROM probe_ids)"
                : "SELECT event_id FROM events WHERE id_hash IN (SELECT id_hash FROM probe_ids)";
        Set<String> wanted = new HashSet<>(candidates.size() * 2);
        candidates.forEach(i -> wanted.add(chunk.get(i).event().id().value()));
        Set<String> stored = new HashSet<>();
        try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String id = r.getString(1);
                if (wanted.contains(id)) {
                    stored.add(id);
                }
            }
        }
        return stored;
    }
}
