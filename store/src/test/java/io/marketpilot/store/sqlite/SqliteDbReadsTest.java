package io.marketpilot.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads run on their own connection: a write in progress holds none of them up, and none sees it half done. */
class SqliteDbReadsTest {
    @TempDir
    Path dir;

    @Test
    void aReadDuringALongWriteReturnsAtOnceWithTheLastCommittedState() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2); // the common pool may have one thread only
        try (SqliteDb db = SqliteDb.open(dir.resolve("state.sqlite"))) {
            db.write("create", c -> execute(c, "CREATE TABLE t (x INTEGER)"));
            db.write("first", c -> execute(c, "INSERT INTO t VALUES (1)"));
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> db.write("second", c -> {
                execute(c, "INSERT INTO t VALUES (2)");
                inside.countDown();
                await(release); // a long write: a segment saved with a million members
                return null;
            }), threads);
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> db.read("count", c -> count(c)),
                    threads);
            assertThat(read.get(5, TimeUnit.SECONDS)).as("the uncommitted row is not seen").isEqualTo(1);

            release.countDown();
            writing.get(10, TimeUnit.SECONDS);
            assertThat(db.read("count", SqliteDbReadsTest::count)).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aReadNestedInAWriteSeesTheWritesOwnChanges() {
        try (SqliteDb db = SqliteDb.open(dir.resolve("state.sqlite"))) {
            db.write("create", c -> execute(c, "CREATE TABLE t (x INTEGER)"));
            long seen = db.write("insert and read", c -> {
                execute(c, "INSERT INTO t VALUES (1)");
                return db.read("count", SqliteDbReadsTest::count);
            });
            assertThat(seen).isEqualTo(1);
        }
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
