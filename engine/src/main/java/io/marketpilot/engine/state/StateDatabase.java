package io.marketpilot.engine.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One JDBC connection to {@code state.sqlite} (opened after the store migrated it), used under a lock. Writes run
 * in {@code BEGIN IMMEDIATE} transactions with {@code synchronous=FULL}: durable when they return, and serialised
 * against the store's own connection by SQLite's write lock (busy timeout 10 s).
 */
public final class StateDatabase implements AutoCloseable {
    /** Work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private StateDatabase(Connection connection) {
        this.connection = connection;
    }

    public static StateDatabase open(Path file) {
        try {
            java.util.Properties options = new java.util.Properties();
            // nothing here reads generated keys; the driver would otherwise prepare and run
            // "SELECT last_insert_rowid()" after every INSERT (a fifth of a campaign's statements)
            options.setProperty("jdbc.get_generated_keys", "false");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), options);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA journal_mode = WAL");
            }
            return new StateDatabase(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public <T> T read(String operation, Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("state.sqlite: " + operation + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one immediate transaction: all of it commits durably, or none of it. */
    public <T> T write(String operation, Work<T> work) {
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
            throw new IllegalStateException("state.sqlite: " + operation + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("state.sqlite: close failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
