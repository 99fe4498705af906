package io.marketpilot.engine.journey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of {@code journeys} (status, latest version) and {@code journey_definitions} (every version's JSON). */
final class DefinitionTable {
    private DefinitionTable() {
    }

    /** A journey's row. */
    record Row(String id, String name, JourneyStatus status, int latest, Instant updatedAt) {
    }

    /** One saved version. */
    record Version(String id, int version, String doc, Instant savedAt) {
    }

    static List<Row> journeys(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT journey_id, name, status, latest, updated_at FROM journeys ORDER BY journey_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Row(r.getString(1), r.getString(2), JourneyStatus.valueOf(r.getString(3)), r.getInt(4),
                        Instant.ofEpochMilli(r.getLong(5))));
            }
        }
        return out;
    }

    static Optional<Row> journey(Connection c, String id) throws SQLException {
        return journeys(c).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static List<Version> versions(Connection c, String id) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT journey_id, version, doc, saved_at FROM journey_definitions"
                + (id == null ? "" : " WHERE journey_id = ?") + " ORDER BY journey_id, version")) {
            if (id != null) {
                s.setString(1, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Version(r.getString(1), r.getInt(2), r.getString(3), Instant.ofEpochMilli(r.getLong(4))));
                }
            }
        }
        return out;
    }

    /** Stores a version and makes it the latest (a new journey starts as a draft). */
    static void insert(Connection c, String id, String name, int version, String doc, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO journey_definitions VALUES (?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, version);
            s.setString(3, doc);
            s.setLong(4, now.toEpochMilli());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO journeys VALUES (?, ?, 'DRAFT', ?, ?)"
                + " ON CONFLICT (journey_id) DO UPDATE SET name = excluded.name, latest = excluded.latest,"
                + " updated_at = excluded.updated_at")) {
            s.setString(1, id);
            s.setString(2, name);
            s.setInt(3, version);
            s.setLong(4, now.toEpochMilli());
            s.executeUpdate();
        }
    }

    static void status(Connection c, String id, JourneyStatus status, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE journeys SET status = ?, updated_at = ? WHERE journey_id = ?")) {
            s.setString(1, status.name());
            s.setLong(2, now.toEpochMilli());
            s.setString(3, id);
            s.executeUpdate();
        }
    }
}
