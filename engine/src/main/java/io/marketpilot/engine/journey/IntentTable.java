package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyAction;
import io.marketpilot.automation.journey.JourneyRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL of {@code journey_intents}: actions decided by a transition (written in its transaction), then performed by
 * key. A key is recorded once: the same decision replayed adds nothing — except an awaited coupon, which the
 * machine repeats when its result did not reach the run: it is performed again (the code derived from the key
 * finds the same issue) so the result is delivered.
 */
final class IntentTable {
    private IntentTable() {
    }

    /** A decided action and where it stands. */
    record Intent(String key, String runId, String journeyId, int version, String userId, JourneyAction action,
                  int attempts) {
    }

    static void add(Connection c, JourneyRun run, String key, JourneyAction action, Instant now) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "INSERT INTO journey_intents (intent_key, run_id, journey_id,"
                + " version, user_id, kind, action, status, attempts, created_at, due) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) ON CONFLICT (intent_key) DO UPDATE SET status = 'PENDING',"
                + " due = excluded.due WHERE journey_intents.kind = 'coupon' AND journey_intents.status <> 'PENDING'");
        s.setString(1, key);
        s.setString(2, run.runId());
        s.setString(3, run.journeyId().value());
        s.setInt(4, run.version());
        s.setString(5, run.customerKey());
        s.setString(6, ActionCodec.kind(action));
        s.setString(7, ActionCodec.write(action));
        s.setLong(8, now.toEpochMilli());
        s.setLong(9, now.toEpochMilli());
        s.executeUpdate();
    }

    /** Pending intents due at {@code now}, in the order they were decided. */
    static List<Intent> due(Connection c, Instant now, int limit) throws SQLException {
        List<Intent> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT intent_key, run_id, journey_id, version, user_id, kind,"
                + " action, attempts FROM journey_intents WHERE status = 'PENDING' AND due <= ? ORDER BY due, rowid"
                + " LIMIT ?")) {
            s.setLong(1, now.toEpochMilli());
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Intent(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                            ActionCodec.read(r.getString(6), r.getString(7)), r.getInt(8)));
                }
            }
        }
        return out;
    }

    /** Marks an intent done (or failed for good) with what came of it. */
    static void finish(Connection c, String key, boolean done, String detail, Instant now) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "UPDATE journey_intents SET status = ?, attempts = attempts + 1,"
                + " done_at = ?, detail = ? WHERE intent_key = ?");
        s.setString(1, done ? "DONE" : "FAILED");
        s.setLong(2, now.toEpochMilli());
        s.setString(3, detail);
        s.setString(4, key);
        s.executeUpdate();
    }

    /** Counts a failed attempt and tries again at {@code next}. */
    static void retry(Connection c, String key, String detail, Instant next) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE journey_intents SET attempts = attempts + 1, due = ?,"
                + " detail = ? WHERE intent_key = ?")) {
            s.setLong(1, next.toEpochMilli());
            s.setString(2, detail);
            s.setString(3, key);
            s.executeUpdate();
        }
    }
}
