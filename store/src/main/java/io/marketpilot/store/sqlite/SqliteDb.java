package io.marketpilot.store.sqlite;

import io.marketpilot.store.schema.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The connections to {@code state.sqlite} and the locks that serialise their use (a JDBC connection is not
 * safe for concurrent use): one for writes (and reads nested in them, which see the write's own changes), one
 * read-only connection for every other read, so that a long write transaction — a segment saved with a million
 * members — does not hold up point reads (customer facts on the ingest path): in WAL mode a reader sees the last
 * committed state while a write is in progress. Writes run in {@code BEGIN IMMEDIATE} transactions so that two
 * processes never deadlock upgrading a read lock; other processes wait up to the busy timeout.
 *
 * <p>WAL with {@code synchronous=FULL}: every commit fsyncs the WAL, so a returned upsert survives power loss
 * as the store contracts promise; NORMAL would only survive a process crash. Writes here are batches, API-key
 * and model changes, so one fsync per commit is cheap.
 */
final class SqliteDb implements AutoCloseable {
    static final Migrations SCHEMA = Migrations.of("db/sqlite", "V001__state.sql", "V002__model_registry.sql",
            "V003__experiments.sql", "V020__faq.sql", "V040__segments.sql", "V050__automation.sql",
            "V060__journeys.sql", "V061__journey_segment_changes.sql", "V064__segment_change_log.sql");
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /** Work on the connection; the caller handles transactions. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final String name;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Connection reader;
    private final ReentrantLock readLock = new ReentrantLock();
    private final Map<String, PreparedStatement> readStatements = new HashMap<>();

    private SqliteDb(String name, Connection connection, Connection reader) {
        this.name = name;
        this.connection = connection;
        this.reader = reader;
    }

    static SqliteDb open(Path file) {
        return open(file, SCHEMA);
    }

    static SqliteDb open(Path file, Migrations schema) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setCacheSize(-32_768); // 32 MiB of page cache (default 2 MiB): bulk upserts touch many index pages
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        String name = file.getFileName().toString();
        Connection c;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        try {
            schema.apply(c, name);
            return new SqliteDb(name, c, reader(file));
        } catch (RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The read-only connection (opened after the writer created the file and switched it to WAL). */
    private static Connection reader(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setCacheSize(-32_768);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file.toAbsolutePath() + " for reading: " + e.getMessage(), e);
        }
    }

    /**
     * A prepared statement kept open for reuse (preparing costs more than running a point query); only
     * inside {@link #read} or {@link #write}, and not to be closed by the caller.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        boolean writing = lock.isHeldByCurrentThread();
        if (!writing && !readLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("prepared statements are used only under the connection lock");
        }
        Map<String, PreparedStatement> cache = writing ? statements : readStatements;
        PreparedStatement s = cache.get(sql);
        if (s == null) {
            s = (writing ? connection : reader).prepareStatement(sql);
            cache.put(sql, s);
        }
        return s;
    }

    /**
     * Runs {@code work} on the read-only connection — or, nested in a {@link #write} on this thread, on the
     * writer's, so that it sees the write's own changes.
     */
    <T> T read(String operation, Work<T> work) {
        boolean nested = lock.isHeldByCurrentThread();
        ReentrantLock l = nested ? lock : readLock;
        l.lock();
        try {
            return work.run(nested ? connection : reader);
        } catch (SQLException e) {
            throw failure(operation, e);
        } finally {
            l.unlock();
        }
    }

    /** Runs {@code work} in one immediate transaction: all of it commits durably, or none of it. */
    <T> T write(String operation, Work<T> work) {
        lock.lock();
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        readLock.lock();
        try {
            close(reader, readStatements);
            close(connection, statements);
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            readLock.unlock();
            lock.unlock();
        }
    }

    private static void close(Connection c, Map<String, PreparedStatement> cached) throws SQLException {
        if (!c.isClosed()) {
            for (PreparedStatement s : cached.values()) {
                s.close();
            }
            cached.clear();
            c.close();
        }
    }

    private IllegalStateException failure(String operation, SQLException e) {
        return new IllegalStateException(name + ": " + operation + " failed: " + e.getMessage(), e);
    }
}
