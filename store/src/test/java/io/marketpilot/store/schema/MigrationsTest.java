package io.marketpilot.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The migration runner on both engines, with the test scripts in {@code db/test} and {@code db/test-broken}. */
class MigrationsTest {
    private static final Migrations TWO_STEPS = Migrations.of("db/test", "V001__people.sql", "V002__emails.sql");

    @TempDir
    Path dir;

    private Connection connect(String engine) throws SQLException {
        return DriverManager.getConnection("jdbc:" + engine + ":" + dir.resolve("test." + engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "duckdb"})
    void aVersion1DatabaseMigratesToTheLatestKeepingItsData(String engine) throws SQLException {
        try (Connection c = connect(engine)) {
            assertThat(TWO_STEPS.apply(c, "test", 1)).isZero();
        }
        try (Connection c = connect(engine)) {
            assertThat(TWO_STEPS.apply(c, "test")).isEqualTo(1);
            assertThat(TWO_STEPS.apply(c, "test")).as("nothing left to do").isEqualTo(2);
            assertThat(Migrations.version(c)).isEqualTo(2);
            assertThat(query(c, "SELECT name || ' <' || email || '>' FROM people")).isEqualTo("Ada; Lovelace <ada@example.org>");
            assertThat(query(c, "SELECT string_agg(script, ',') FROM (SELECT script FROM schema_version ORDER BY version)"))
                    .isEqualTo("V001__people.sql,V002__emails.sql");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "duckdb"})
    void aFailingScriptLeavesTheDatabaseAsItWas(String engine) throws SQLException {
        Migrations broken = Migrations.of("db/test-broken", "V001__people.sql", "V002__broken.sql");
        try (Connection c = connect(engine)) {
            broken.apply(c, "test", 1);

            assertThatThrownBy(() -> broken.apply(c, "test")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot migrate test: applying V002__broken.sql failed");

            assertThat(Migrations.version(c)).isEqualTo(1);
            assertThat(query(c, "SELECT count(*) FROM people")).isEqualTo("1");
            assertThatThrownBy(() -> query(c, "SELECT count(*) FROM half_done")).isInstanceOf(SQLException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "duckdb"})
    void aNewerDatabaseIsRefused(String engine) throws SQLException {
        try (Connection c = connect(engine)) {
            TWO_STEPS.apply(c, "test");
            Migrations older = Migrations.of("db/test", "V001__people.sql");

            assertThatThrownBy(() -> older.apply(c, "test.db")).isInstanceOf(StoreOpenException.class)
                    .hasMessage("test.db has schema version 2 but this MarketPilot knows versions up to 1; it was"
                            + " written by a newer MarketPilot. Upgrade MarketPilot or use another --data-dir");
        }
    }

    @Test
    void scriptNumbersMustIncreaseButMayHaveGaps() {
        assertThatThrownBy(() -> Migrations.of("db/test", "V002__emails.sql", "V001__people.sql"))
                .hasMessage("migration 2 must be named Vnnn__<name>.sql with nnn above 002, got V001__people.sql");
        assertThat(Migrations.of("db/test", "V001__people.sql", "V040__emails.sql").latest()).isEqualTo(40);
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
