package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

class BulkThreadsTest {
    @Test
    void pinsOneWorkerForTheLoadAndPutsTheSettingBack() throws SQLException {
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
            execute(c, "SET threads = 3");
            long previous = BulkThreads.pinToOne(c);
            assertThat(previous).isEqualTo(3);
            assertThat(threads(c)).isEqualTo(1);
            BulkThreads.restore(c, previous);
            assertThat(threads(c)).isEqualTo(3);
        }
    }

    @Test
    void aDatabaseWithOneWorkerStaysAtOne() throws SQLException {
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
            execute(c, "SET threads = 1");
            long previous = BulkThreads.pinToOne(c);
            BulkThreads.restore(c, previous);
            assertThat(threads(c)).isEqualTo(1);
        }
    }

    private static long threads(DuckDBConnection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(DuckDBConnection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
