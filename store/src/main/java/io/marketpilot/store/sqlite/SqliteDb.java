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
 * The one connection to {@code state.sqlite} and the lock that serialises its use (a JDBC connection is not
 * safe for concurrent use). Writes run in {@code BEGIN IMMEDIATE} transactions so that two processes never
 * deadlock upgrading a read lock; other processes wait up to the busy timeout.
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

    private SqliteDb(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
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
        } catch (RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return new SqliteDb(name, c);
    }

    /**
     * A prepared statement kept open for reuse (preparing costs more than running a point query); only
     * inside {@link #read} or {@link #write}, and not to be closed by the caller.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("prepared statements are used only under the connection lock");
        }
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            statements.put(sql, s);
        }
        return s;
    }

    <T> T read(String operation, Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(operation, e);
        } finally {
            lock.unlock();
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
        try {
            if (!connection.isClosed()) {
                for (PreparedStatement s : statements.values()) {
                    s.close();
                }
                statements.clear();
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            lock.unlock();
        }
    }

    private IllegalStateException failure(String operation, SQLException e) {
        return new IllegalStateException(name + ": " + operation + " failed: " + e.getMessage(), e);
    }
}
