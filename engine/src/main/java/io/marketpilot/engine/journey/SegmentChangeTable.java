package io.marketpilot.engine.journey;

import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL of {@code journey_segment_changes}: segment entries and exits written durably when the segment history
 * announces them, applied (and deleted) by the next journey pass in the same transaction as the entries they cause.
 */
final class SegmentChangeTable {
    /** A waiting change and its row. */
    record Pending(long seq, MembershipChange change) {}

    private SegmentChangeTable() {
    }

    static void add(Connection c, List<MembershipChange> changes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO journey_segment_changes"
                + " (segment_id, user_id, entered, at) VALUES (?, ?, ?, ?)")) {
            for (MembershipChange m : changes) {
                s.setString(1, m.segmentId());
                s.setString(2, m.userId().value());
                s.setInt(3, m.entered() ? 1 : 0);
                s.setLong(4, m.at().toEpochMilli());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The oldest {@code limit} waiting changes, in the order they were announced. */
    static List<Pending> oldest(Connection c, int limit) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, segment_id, user_id, entered, at"
                + " FROM journey_segment_changes ORDER BY seq LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Pending(r.getLong(1), new MembershipChange(r.getString(2), UserId.of(r.getString(3)),
                            r.getInt(4) == 1, Instant.ofEpochMilli(r.getLong(5)))));
                }
            }
        }
        return out;
    }

    /** Deletes every change up to and including {@code seq}. */
    static void applied(Connection c, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM journey_segment_changes WHERE seq <= ?")) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }
}
