package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.store.EventStats;
import io.marketpilot.core.store.LogQuery;
import io.marketpilot.store.duckdb.EventRows.Encoded;
import io.marketpilot.store.schema.Migrations;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.duckdb.DuckDBConnection;

/**
 * The {@link EventLog} in one DuckDB file ({@code events.duckdb}, schema in {@code db/duckdb/}).
 *
 * <p>Writes go through one writer connection, one writer at a time, in explicit transactions: appends through
 * DuckDB's Appender, bulk loads through this database's own table function ({@link EventRowsFunction}). DuckDB fsyncs its write-ahead log on every commit (checked with strace), so a
 * returned append is durable. Reads each use their own connection and run concurrently with the writer.
 *
 * <p>Idempotency costs no index: the 64-bit hashes of all stored ids are held in memory (8–16 bytes per
 * event, loaded from the {@code id_hash} column at open); an id whose hash is absent is new, a hash hit is
 * confirmed by the last 200,000 appended ids (kept in memory for retried batches) or else by query, so that a
 * collision never drops an event. One log per file: a second opener, in this
 * process or another, gets a {@link io.marketpilot.store.schema.StoreOpenException}.
 */
public final class DuckDbEventLog implements EventLog {
    static final Migrations SCHEMA = Migrations.of("db/duckdb", "V001__events.sql");

    private final Path file;
    private final DuckDBConnection root;
    private final DuckDBConnection writer;
    private final IdIndex ids;
    private final EventRowsFunction inserts;
    private final EventReads reads;
    private final WriterLock lock = new WriterLock();
    private long nextSeq;
    /** DuckDB's {@code threads} before the running bulk load pinned it (see {@link BulkThreads}); under the lock. */
    private long threadsBeforeBulk = 1;
    private ExecutorService encoder;
    private final Checkpointer checkpointer;
    private volatile boolean closed;

    private DuckDbEventLog(Path file, DuckDBConnection root, DuckDBConnection writer, IdIndex ids,
                           EventRowsFunction inserts, long nextSeq) {
        this.file = file;
        this.root = root;
        this.writer = writer;
        this.ids = ids;
        this.inserts = inserts;
        this.nextSeq = nextSeq;
        this.reads = new EventReads(root::duplicate);
        this.checkpointer = new Checkpointer(file, writer, lock);
        this.checkpointer.start();
    }

    /**
     * Opens (creating and migrating if needed) the log in {@code file}.
     *
     * @throws io.marketpilot.store.schema.StoreOpenException if another process holds the file or its schema
     *         is newer than this code
     */
    public static DuckDbEventLog open(Path file) {
        return open(file, IdHash::of);
    }

    /** With another id hash: tests force collisions to exercise the confirm path. */
    static DuckDbEventLog open(Path file, ToLongFunction<String> hasher) {
        DuckDBConnection root = DuckDbFile.claim(file);
        try {
            SCHEMA.apply(root, file.getFileName().toString());
            DuckDBConnection writer = root.duplicate();
            Checkpointer.configure(writer);
            try (Statement s = writer.createStatement()) {
                s.execute("CREATE TEMP TABLE probe_ids (event_id VARCHAR, id_hash BIGINT)");
                s.execute("CREATE TEMP TABLE bot_keys (actor VARCHAR)");
            }
            long rows;
            long lastSeq;
            try (Statement s = writer.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*), coalesce(max(seq), 0) FROM events")) {
                r.next();
                rows = r.getLong(1);
                lastSeq = r.getLong(2);
            }
            return new DuckDbEventLog(file, root, writer, IdIndex.load(writer, hasher, rows),
                    EventRowsFunction.register(writer), lastSeq + 1);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(root, e);
            DuckDbFile.release(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** The hash this log stores per event id ({@code events.id_hash}; part of the file format). */
    public static long idHash(String eventId) {
        return IdHash.of(eventId);
    }

    @Override
    public AppendResult append(List<Event> events) {
        if (events.isEmpty()) {
            return AppendResult.NONE;
        }
        List<Encoded> rows = Encoded.all(events, ids.hasher(), false);
        lock.acquire();
        try {
            checkOpen();
            WriteTransaction tx = WriteTransaction.begin(writer, ids, nextSeq);
            try {
                AppendResult result = tx.add(rows);
                nextSeq = tx.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                tx.rollback(e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("append", e);
        } finally {
            lock.release();
        }
    }

    @Override
    public BulkLoad bulkLoad() {
        lock.acquire();
        try {
            checkOpen();
            threadsBeforeBulk = BulkThreads.pinToOne(writer);
            return new DuckDbBulkLoad(WriteTransaction.beginColumnar(writer, ids, inserts, nextSeq), ids.hasher(),
                    encoder(), this::bulkEnded, file.getFileName().toString());
        } catch (SQLException | RuntimeException e) {
            restoreThreads();
            lock.release();
            throw e instanceof SQLException sql ? failure("bulk load", sql) : (RuntimeException) e;
        }
    }

    /** The bulk loads' encoder thread, started on first use; guarded by the writer lock. */
    private ExecutorService encoder() {
        if (encoder == null) {
            encoder = Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().daemon().name("events-encoder-" + file.getFileName()).factory());
        }
        return encoder;
    }

    private void bulkEnded(long committedNextSeq) {
        if (committedNextSeq > 0) {
            nextSeq = committedNextSeq;
        }
        try {
            restoreThreads();
        } finally {
            lock.release();
        }
    }

    /**
     * Best effort: the load's outcome (committed or rolled back) is already decided and must not be reported
     * otherwise; if the SET fails, queries keep one worker thread, slower but correct.
     */
    private void restoreThreads() {
        BulkThreads.restore(writer, threadsBeforeBulk);
        threadsBeforeBulk = 1;
    }

    @Override
    public List<Event> recent(UserId user, int limit) {
        Objects.requireNonNull(user, "user");
        try {
            return reads.recent(user, limit);
        } catch (SQLException e) {
            throw failure("recent", e);
        }
    }

    @Override
    public void scan(EventQuery query, Consumer<Event> sink) {
        try {
            reads.scan(query, sink);
        } catch (SQLException e) {
            throw failure("scan", e);
        }
    }

    @Override
    public void query(LogQuery query, Consumer<LogQuery.Row> rows) {
        try {
            LogQueries.run(root::duplicate, query, rows);
        } catch (SQLException e) {
            throw failure("query", e);
        }
    }

    @Override
    public EventStats stats() {
        try {
            return reads.stats();
        } catch (SQLException e) {
            throw failure("stats", e);
        }
    }

    @Override
    public Set<String> botActors() {
        try {
            return reads.botActors();
        } catch (SQLException e) {
            throw failure("botActors", e);
        }
    }

    @Override
    public int flagBots(Collection<String> actorKeys) {
        List<String> keys = actorKeys.stream().filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return 0;
        }
        lock.acquire();
        try {
            checkOpen();
            return BotFlags.flag(writer, keys);
        } catch (SQLException e) {
            throw failure("flagBots", e);
        } finally {
            lock.release();
        }
    }

    /** Waits for the writer, checkpoints (folds the WAL into the file) and closes. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        lock.acquire();
        try {
            if (closed) {
                return;
            }
            closed = true;
            checkpointer.close();
            if (encoder != null) {
                encoder.shutdownNow();
            }
            try (Statement s = writer.createStatement()) {
                s.execute("CHECKPOINT");
            } finally {
                // a failed checkpoint loses nothing (the WAL is replayed at the next open), but the connections
                // must close either way, or a reopen in this process would meet a still-open database
                try {
                    writer.close();
                } finally {
                    root.close();
                }
            }
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            DuckDbFile.release(file);
            lock.release();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(file + " is closed");
        }
    }

    private IllegalStateException failure(String operation, SQLException e) {
        return new IllegalStateException(file.getFileName() + ": " + operation + " failed: " + e.getMessage(), e);
    }

    private static void closeQuietly(DuckDBConnection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
