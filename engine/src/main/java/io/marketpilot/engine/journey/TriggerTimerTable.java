package io.marketpilot.engine.journey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * SQL of {@code journey_timers}: durable timers of triggers. {@code user = ""} is the journey's own timer (the next
 * schedule fire, the next date sweep); otherwise a customer's date or inactivity entry.
 */
final class TriggerTimerTable {
    static final String JOURNEY = "";

    private TriggerTimerTable() {
    }

    /** A due trigger timer. */
    record Timer(String journeyId, String userId, Instant wakeAt) {
        boolean ofJourney() {
            return JOURNEY.equals(userId);
        }
    }

    static void arm(Connection c, String journey, String user, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO journey_timers VALUES (?, ?, ?)"
                + " ON CONFLICT (journey_id, user_id) DO UPDATE SET wake_at = excluded.wake_at")) {
            s.setString(1, journey);
            s.setString(2, user);
            s.setLong(3, at.toEpochMilli());
            s.executeUpdate();
        }
    }

    static void disarm(Connection c, String journey, String user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM journey_timers WHERE journey_id = ? AND user_id = ?")) {
            s.setString(1, journey);
            s.setString(2, user);
            s.executeUpdate();
        }
    }

    static List<Timer> due(Connection c, Instant now, Collection<String> journeys, int limit) throws SQLException {
        List<Timer> out = new ArrayList<>();
        if (journeys.isEmpty()) {
            return out;
        }
        String in = String.join(",", Collections.nCopies(journeys.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT journey_id, user_id, wake_at FROM journey_timers"
                + " WHERE wake_at <= ? AND journey_id IN (" + in + ") ORDER BY wake_at LIMIT ?")) {
            int i = 1;
            s.setLong(i++, now.toEpochMilli());
            for (String j : journeys) {
                s.setString(i++, j);
            }
            s.setInt(i, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Timer(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3))));
                }
            }
        }
        return out;
    }
}
