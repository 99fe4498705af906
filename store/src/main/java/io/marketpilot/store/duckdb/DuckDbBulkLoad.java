package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.store.duckdb.EventRows.Encoded;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * One bulk load: a single transaction holding the writer until commit or close. Chunks are appended (and
 * visible to this transaction's own dedupe) as they come; nothing is visible to readers before commit.
 *
 * <p>A large chunk is encoded (column values: JSON, hashes, UTF-8 bytes) in two halves at once, the first on
 * this thread, the second on the encoder thread; the transaction then dedupes each half and inserts its rows in
 * large statements ({@link WriteTransaction}), which overlap the encoder's half when one is due. After a failed chunk
 * (a bad event, a database error) the load can only be closed, which rolls everything back.
 */
final class DuckDbBulkLoad implements EventLog.BulkLoad {
    /** Chunks below this are encoded and appended in one go. */
    private static final int PIPELINE_FROM = 4_096;

    private final WriteTransaction tx;
    private final ToLongFunction<String> hasher;
    private final ExecutorService encoder;
    private final LongConsumer ended;
    private final String file;
    private boolean done;
    private boolean failed;

    /** {@code ended} receives the next sequence number after a commit, or -1 after a rollback. */
    DuckDbBulkLoad(WriteTransaction tx, ToLongFunction<String> hasher, ExecutorService encoder, LongConsumer ended,
                   String file) {
        this.tx = tx;
        this.hasher = hasher;
        this.encoder = encoder;
        this.ended = ended;
        this.file = file;
    }

    @Override
    public synchronized AppendResult add(List<Event> events) {
        check();
        if (failed) {
            throw new IllegalStateException(file + ": a chunk of this bulk load failed; close it (rolls back)");
        }
        return guarded(() -> events.size() < PIPELINE_FROM
                ? tx.add(Encoded.all(events, hasher, true)) : pipelined(events));
    }

    /**
     * Two halves encoded at the same time, so the encoding splits evenly between the two threads. (Three pieces,
     * the encoder one ahead, suited inserts per piece; with inserts per {@link WriteTransaction#INSERT_ROWS} the
     * writer would wait for the last piece's encoding.)
     */
    private AppendResult pipelined(List<Event> events) throws SQLException {
        int half = events.size() / 2;
        Future<List<Encoded>> second = encode(events.subList(half, events.size()));
        try {
            AppendResult first = tx.add(Encoded.all(events.subList(0, half), hasher, true));
            return first.plus(tx.add(await(second)));
        } catch (SQLException | RuntimeException e) {
            second.cancel(true);
            throw e;
        }
    }

    private Future<List<Encoded>> encode(List<Event> piece) {
        return encoder.submit(() -> Encoded.all(piece, hasher, true));
    }

    private static List<Encoded> await(Future<List<Encoded>> piece) {
        try {
            return piece.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding a bulk-load chunk", e);
        }
    }

    private interface Work {
        AppendResult run() throws SQLException;
    }

    private AppendResult guarded(Work work) {
        try {
            return work.run();
        } catch (SQLException | RuntimeException e) {
            failed = true;
            throw e instanceof SQLException sql ? failure("add", sql) : (RuntimeException) e;
        }
    }

    @Override
    public synchronized void commit() {
        check();
        if (failed) {
            throw new IllegalStateException(file + ": a chunk of this bulk load failed; close it (rolls back)");
        }
        done = true;
        long next = -1;
        try {
            next = tx.commit();
        } catch (SQLException | RuntimeException e) {
            tx.rollback(e);
            throw e instanceof SQLException sql ? failure("commit", sql) : (RuntimeException) e;
        } finally {
            // whatever happened, the writer is handed back: a stuck lock would block every later write
            ended.accept(next);
        }
    }

    @Override
    public synchronized void close() {
        if (!done) {
            done = true;
            IllegalStateException cause = new IllegalStateException(file + ": rolling back a bulk load failed");
            tx.rollback(cause);
            ended.accept(-1);
            if (cause.getSuppressed().length > 0) {
                throw cause;
            }
        }
    }

    private void check() {
        if (done) {
            throw new IllegalStateException(file + ": this bulk load is already committed or closed");
        }
    }

    private IllegalStateException failure(String operation, SQLException e) {
        return new IllegalStateException(file + ": bulk load " + operation + " failed: " + e.getMessage(), e);
    }
}
