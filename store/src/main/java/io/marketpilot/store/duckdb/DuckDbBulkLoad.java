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
 * <p>A large chunk is pipelined in pieces: while the writer inserts piece k, the encoder thread computes
 * the column values (JSON, hashes, UTF-8 bytes) of piece k+1, so encoding and DuckDB's insert overlap. After a failed
 * chunk (a bad event, a database error) the load can only be closed, which rolls everything back.
 */
final class DuckDbBulkLoad implements EventLog.BulkLoad {
    /** Chunks below this are encoded and appended in one go. */
    private static final int PIPELINE_FROM = 4_096;
    private static final int MAX_PIECE = 16_384;

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
     * At least three pieces (at most {@link #MAX_PIECE} events each): this thread encodes the first while the
     * encoder thread starts on the second; from then on the encoder stays one piece ahead of the appends.
     */
    private AppendResult pipelined(List<Event> events) throws SQLException {
        int n = events.size();
        int pieces = Math.max(3, (n + MAX_PIECE - 1) / MAX_PIECE);
        int size = (n + pieces - 1) / pieces;
        Future<List<Encoded>> next = encode(events, size, size);
        try {
            List<Encoded> piece = Encoded.all(events.subList(0, size), hasher, true);
            AppendResult total = AppendResult.NONE;
            for (int from = size; ; from += size) {
                total = total.plus(tx.add(piece));
                if (next == null) {
                    return total;
                }
                piece = await(next);
                next = from + size < n ? encode(events, from + size, size) : null;
            }
        } catch (SQLException | RuntimeException e) {
            if (next != null) {
                next.cancel(true);
            }
            throw e;
        }
    }

    private Future<List<Encoded>> encode(List<Event> events, int from, int size) {
        List<Event> piece = events.subList(from, Math.min(events.size(), from + size));
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
