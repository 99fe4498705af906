package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.segment.SegmentCreation;
import io.marketpilot.store.embedded.EmbeddedStores;
import io.marketpilot.testkit.SimulatedClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segment entries reach journeys through a durable table: a change the segment history announced but no journey
 * pass applied before a crash is applied after the restart; applied changes leave no rows behind.
 */
class SegmentChangesDurableTest {
    @TempDir
    Path dir;

    private static Map<String, Object> welcome() {
        return Map.of("id", "welcome-gold", "trigger", Map.of("type", "segment_entered", "segment", "gold"),
                "steps", List.of(Map.of("id", "mark", "type", "set_trait", "trait", "welcomed", "value", true,
                        "next", "done"), Map.of("id", "done", "type", "exit", "reason", "completed")));
    }

    /** A gold segment with a welcome journey on it; bob turns gold and enters; the engine closes cleanly. */
    private void bobEntersTheGoldWelcomeAndTheEngineStops() {
        try (JourneyShop shop = new JourneyShop(dir)) {
            assertThat(shop.engine.segments().create(Map.of("id", "gold", "condition",
                    Map.of("trait", "tier", "op", "=", "value", "gold")))).isInstanceOf(SegmentCreation.Created.class);
            shop.customers("ann", "bob");
            shop.save(welcome());
            shop.engine.journeys().activate("welcome-gold");
            shop.engine.upsertCustomers(List.of(Map.of("user_id", "bob", "traits", Map.of("tier", "gold"))));
            shop.engine.segments().awaitHistory();
            shop.advance(Duration.ofSeconds(1));
            assertThat(shop.engine.journeys().customerJourneys(UserId.of("bob"))).hasSize(1);
        }
    }

    private long waiting() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(EmbeddedStores.STATE_FILE));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM journey_segment_changes")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aChangeLeftUnappliedByACrashIsAppliedAfterTheRestart() throws SQLException {
        bobEntersTheGoldWelcomeAndTheEngineStops();
        assertThat(waiting()).as("applied changes are deleted").isZero();

        // as if the engine died after the history thread wrote ann's entry and before any pass applied it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(EmbeddedStores.STATE_FILE));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO journey_segment_changes (segment_id, user_id, entered, at) VALUES"
                    + " ('gold', 'ann', 1, " + JourneyShop.T0.plusSeconds(5).toEpochMilli() + ")");
        }
        SimulatedClock clock = new SimulatedClock(JourneyShop.T0.plusSeconds(10));
        try (Engine engine = Engine.open(EngineConfig.at(dir), clock)) {
            engine.journeys().runDue();
            assertThat(engine.journeys().customerJourneys(UserId.of("ann"))).singleElement()
                    .satisfies(r -> assertThat(r.exitReason()).contains("completed"));
            assertThat(engine.customer(UserId.of("ann")).orElseThrow().traits()).containsEntry("welcomed", true);
        }
        assertThat(waiting()).isZero();
    }

    /**
     * The other crash window: the segment store recorded ann's entry (membership history and its change log) and the
     * engine died before the journeys' listener wrote it down. On restart the listener's cursor is behind that
     * change, so the history tells it again and ann enters; bob's entry, told again because the cursor is moved back
     * (a crash after taking a change and before acknowledging it), enters nobody twice.
     */
    @Test
    void aChangeRecordedByTheSegmentStoreButNotYetTakenByJourneysIsToldAgainOnRestart() throws SQLException {
        bobEntersTheGoldWelcomeAndTheEngineStops();
        assertThat(query("SELECT position FROM segment_listeners WHERE listener = 'journeys'"))
                .as("journeys acknowledged bob's entry").isEqualTo(query("SELECT seq FROM sqlite_sequence"
                        + " WHERE name = 'segment_changes'"));
        assertThat(query("SELECT count(*) FROM segment_changes")).as("taken changes are pruned").isZero();

        long at = JourneyShop.T0.plusSeconds(5).toEpochMilli() * 1000;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(EmbeddedStores.STATE_FILE));
             Statement s = c.createStatement()) {
            // what SegmentStore.record wrote in its transaction before the crash: the stay and the logged change
            s.executeUpdate("INSERT INTO segment_memberships VALUES ('gold', 'ann', " + at + ", NULL)");
            s.executeUpdate("INSERT INTO segment_changes (segment_id, user_id, entered, at_us)"
                    + " VALUES ('gold', 'ann', 1, " + at + ")");
            s.executeUpdate("UPDATE segment_listeners SET position = 0 WHERE listener = 'journeys'");
        }
        assertThat(waiting()).isZero();
        SimulatedClock clock = new SimulatedClock(JourneyShop.T0.plusSeconds(10));
        try (Engine engine = Engine.open(EngineConfig.at(dir), clock)) {
            engine.journeys().runDue();
            assertThat(engine.journeys().customerJourneys(UserId.of("ann"))).singleElement()
                    .satisfies(r -> assertThat(r.exitReason()).contains("completed"));
            assertThat(engine.customer(UserId.of("ann")).orElseThrow().traits()).containsEntry("welcomed", true);
            assertThat(engine.journeys().customerJourneys(UserId.of("bob"))).as("told twice, entered once").hasSize(1);
            // loading the segments reconciles ann's membership with the log (no gold tier: an exit); let it settle
            engine.segments().awaitHistory();
            engine.journeys().runDue();
        }
        assertThat(waiting()).isZero();
        assertThat(query("SELECT count(*) FROM segment_changes")).isZero();
    }

    private long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(EmbeddedStores.STATE_FILE));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
