package io.marketpilot.store.sqlite;

import static io.marketpilot.testkit.ItemBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.store.UpsertResult;
import io.marketpilot.store.schema.Migrations;
import io.marketpilot.store.schema.StoreOpenException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.sqlite");
    }

    @Test
    void opensInWalModeWithFullSyncAndABusyTimeout() throws SQLException {
        SqliteStateStore.open(file(), Clock.systemUTC()).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
        }
        SqliteDb db = SqliteDb.open(file());
        try {
            String synchronous = db.read("pragma", c -> pragma(c, "synchronous"));
            String busyTimeout = db.read("pragma", c -> pragma(c, "busy_timeout"));
            assertThat(synchronous).as("FULL").isEqualTo("2");
            assertThat(busyTimeout).isEqualTo("10000");
        } finally {
            db.close();
        }
    }

    @Test
    void aDatabaseCreatedAtVersion1Opens() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            SqliteDb.SCHEMA.apply(c, "state.sqlite", 1);
            s.execute("INSERT INTO items VALUES ('sku-1', '{\"item_id\":\"sku-1\",\"title\":\"Old\",\"available\":true}',"
                    + " x'00', 'Old', NULL, NULL, 1)");
        }

        try (SqliteStateStore state = SqliteStateStore.open(file(), Clock.systemUTC())) {
            assertThat(state.items().get(io.marketpilot.core.id.ItemId.of("sku-1")).orElseThrow().title()).isEqualTo("Old");
            assertThat(state.items().upsertAll(List.of(item("sku-1").title("New").build())))
                    .isEqualTo(new UpsertResult(0, 1, 0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            assertThat(Migrations.version(c)).isEqualTo(SqliteDb.SCHEMA.latest());
        }
    }

    @Test
    void aDatabaseFromANewerMarketPilotIsRefused() throws SQLException {
        SqliteStateStore.open(file(), Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (7, 'V007__future.sql', 'later')");
        }

        assertThatThrownBy(() -> SqliteStateStore.open(file(), Clock.systemUTC()))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("state.sqlite has schema version 7 but this MarketPilot knows versions up to "
                        + SqliteDb.SCHEMA.latest());
    }

    @Test
    void fiftyThousandItemsUpsertInOneTransaction() {
        List<Item> catalogue = IntStream.range(0, 50_000).mapToObj(i -> item("sku-" + i).brand("b" + i % 50)
                .category("Dept " + i % 7, "Aisle " + i % 31).attribute("color", i % 2 == 0 ? "red" : "blue").build()).toList();
        try (SqliteStateStore state = SqliteStateStore.open(file(), Clock.systemUTC())) {
            assertThat(state.items().upsertAll(catalogue)).isEqualTo(new UpsertResult(50_000, 0, 0));
            assertThat(state.items().upsertAll(catalogue)).isEqualTo(new UpsertResult(0, 0, 50_000));
            assertThat(state.items().count()).isEqualTo(50_000);
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }
}
