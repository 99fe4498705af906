package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL of {@code journey_log}: what happened to each run (entered, step, arm, action, skipped, converted, exited). */
final class LogTable {
    private LogTable() {
    }

    /** One line of the log. */
    record Line(JourneyRun run, String kind, String step, String detail, Instant at) {
    }

    static void append(Connection c, List<Line> lines) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        PreparedStatement s = Statements.prepare(c, "INSERT INTO journey_log (journey_id, version, run_id, user_id,"
                + " kind, step, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (Line l : lines) {
            s.setString(1, l.run().journeyId().value());
            s.setInt(2, l.run().version());
            s.setString(3, l.run().runId());
            s.setString(4, l.run().customerKey());
            s.setString(5, l.kind());
            s.setString(6, l.step());
            s.setString(7, l.detail());
            s.setLong(8, l.at().toEpochMilli());
            s.executeUpdate();
        }
    }

    /** The log of one run, oldest first. */
    static List<io.marketpilot.engine.journey.CustomerJourney.PastStep> ofRun(Connection c, String runId)
            throws SQLException {
        List<CustomerJourney.PastStep> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, step, detail, at FROM journey_log WHERE run_id = ? ORDER BY seq")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new CustomerJourney.PastStep(r.getString(1), r.getString(2), r.getString(3),
                            Instant.ofEpochMilli(r.getLong(4))));
                }
            }
        }
        return out;
    }
}
