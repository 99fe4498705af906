package io.marketpilot.store.sqlite;

import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.RecordedChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * SQL of the segment change history ({@code segment_changes}, positions from AUTOINCREMENT so a pruned position
 * is never reused) and of the listeners' cursors ({@code segment_listeners}); called under {@link SqliteDb}'s lock.
 */
final class SegmentChangeLog {
    private SegmentChangeLog() {}

    static long last(SqliteDb db) throws SQLException {
        try (ResultSet r = db.prepared("SELECT seq FROM sqlite_sequence WHERE name = 'segment_changes'").executeQuery()) {
            return r.next() ? r.getLong(1) : 0L;
        }
    }

    static List<RecordedChange> after(SqliteDb db, long position, int limit) throws SQLException {
        PreparedStatement s = db.prepared("SELECT position, segment_id, user_id, entered, at_us FROM segment_changes"
                + " WHERE position > ? ORDER BY position LIMIT ?");
        s.setLong(1, position);
        s.setInt(2, limit);
        List<RecordedChange> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long us = r.getLong(5);
                Instant at = Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000);
                out.add(new RecordedChange(r.getLong(1), new MembershipChange(r.getString(2), UserId.of(r.getString(3)),
                        r.getInt(4) == 1, at)));
            }
        }
        return out;
    }

    static OptionalLong acknowledged(SqliteDb db, String listener) throws SQLException {
        PreparedStatement s = db.prepared("SELECT position FROM segment_listeners WHERE listener = ?");
        s.setString(1, listener);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
        }
    }

    /** Moves the listener's cursor forward and prunes what every listener has taken. */
    static void acknowledge(SqliteDb db, String listener, long position) throws SQLException {
        PreparedStatement s = db.prepared("INSERT INTO segment_listeners (listener, position) VALUES (?, ?)"
                + " ON CONFLICT (listener) DO UPDATE SET position = max(position, excluded.position)");
        s.setString(1, listener);
        s.setLong(2, position);
        s.executeUpdate();
        db.prepared("DELETE FROM segment_changes WHERE position <= (SELECT min(position) FROM segment_listeners)")
                .executeUpdate();
    }
}
