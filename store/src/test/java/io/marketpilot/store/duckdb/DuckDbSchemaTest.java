package io.marketpilot.store.duckdb;

import static io.marketpilot.testkit.EventBuilder.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.store.AppendResult;
import io.marketpilot.store.schema.Migrations;
import io.marketpilot.store.schema.StoreOpenException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseCreatedAtVersion1OpensAndMigrates() throws Exception {
        Path file = dir.resolve("events.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            DuckDbEventLog.SCHEMA.apply(c, "events.duckdb", 1);
            s.execute("INSERT INTO events VALUES (1, 'v1-event', " + IdHash.of("v1-event") + ", 'view', 'u1', NULL,"
                    + " 'sku-1', 0, 0, 1, NULL, NULL, NULL, NULL, '{\"k\":1}', NULL, false)");
        }

        try (DuckDbEventLog log = DuckDbEventLog.open(file)) {
            assertThat(log.stats().total()).isEqualTo(1);
            assertThat(log.append(List.of(view("u1", "a").id("v1-event").build())))
                    .as("ids of the old rows are known").isEqualTo(new AppendResult(0, 1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            assertThat(Migrations.version(c)).isEqualTo(DuckDbEventLog.SCHEMA.latest());
        }
    }

    @Test
    void aDatabaseFromANewerMarketPilotIsRefused() throws Exception {
        Path file = dir.resolve("events.duckdb");
        DuckDbEventLog.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'V099__future.sql', 'later')");
        }

        assertThatThrownBy(() -> DuckDbEventLog.open(file))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("events.duckdb has schema version 99 but this MarketPilot knows versions up to 1")
                .hasMessageContaining("use another --data-dir");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            assertThat(Migrations.version(c)).as("left untouched").isEqualTo(99);
        }
    }
}
