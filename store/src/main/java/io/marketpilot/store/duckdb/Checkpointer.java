package io.marketpilot.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds DuckDB's write-ahead log into the database file while no one is writing, instead of inside the
 * commit that happens to cross DuckDB's threshold (which stalled one acknowledged batch in ~50 by 50–300 ms).
 * DuckDB's own threshold is raised to {@link #FORCED_AT} as a backstop that bounds crash-recovery replay.
 * Checkpointing changes where data sits, never what a reader sees, so durability is unaffected.
 */
final class Checkpointer implements AutoCloseable {
    /** DuckDB's automatic checkpoint, as a backstop under sustained writes. */
    static final String FORCED_AT = "256MB";
    private static final long IDLE_WAL_BYTES = 4L << 20;
    private static final Duration IDLE_FOR = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final Path wal;
    private final DuckDBConnection writer;
    private final WriterLock lock;
    private final ScheduledExecutorService timer;

    Checkpointer(Path file, DuckDBConnection writer, WriterLock lock) {
        this.wal = file.resolveSibling(file.getFileName() + ".wal");
        this.writer = writer;
        this.lock = lock;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("events-checkpoint-" + file.getFileName()).factory());
    }

    static void configure(DuckDBConnection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("SET checkpoint_threshold = '" + FORCED_AT + "'");
        }
    }

    void start() {
        timer.scheduleWithFixedDelay(this::checkpointIfIdle, 250, 250, TimeUnit.MILLISECONDS);
    }

    private void checkpointIfIdle() {
        if (walBytes() < IDLE_WAL_BYTES || lock.idleNanos() < IDLE_FOR.toNanos() || !lock.tryAcquireIdle()) {
            return;
        }
        try (Statement s = writer.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException | RuntimeException e) {
            // a failed checkpoint loses nothing (the WAL stays); the next idle moment or DuckDB's backstop retries
            LOG.atDebug().addKeyValue("error", e.getMessage()).log("idle checkpoint skipped");
        } finally {
            lock.release();
        }
    }

    private long walBytes() {
        try {
            return Files.size(wal);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Stops the timer; call with the writer lock held so no checkpoint is running. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
