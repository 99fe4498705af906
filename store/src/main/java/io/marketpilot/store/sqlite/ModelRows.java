package io.marketpilot.store.sqlite;

import io.marketpilot.core.model.ModelStatus;
import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.core.model.StoredModel;
import io.marketpilot.core.model.UnknownModelVersionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Queries on the {@code models} table; the callers hold the connection lock and, for writes, the transaction. */
final class ModelRows {
    private static final String COLUMNS = "SELECT name, version, bytes, provenance, saved_at FROM models";
    private static final byte[] NO_BYTES = new byte[0];

    private ModelRows() {}

    /** Inserts {@code bytes} as the next version of {@code name} and returns that version. */
    static long insert(Connection c, String name, byte[] bytes, String provenanceJson, Instant savedAt)
            throws SQLException {
        long version;
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM models WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                version = r.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO models (name, version, bytes, size, provenance,"
                + " saved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, name);
            s.setLong(2, version);
            s.setBytes(3, bytes);
            s.setLong(4, bytes.length);
            s.setString(5, provenanceJson);
            s.setString(6, savedAt.toString());
            s.executeUpdate();
        }
        return version;
    }

    static Optional<StoredModel> latest(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE name = ? ORDER BY version DESC LIMIT 1")) {
            s.setString(1, name);
            return one(s);
        }
    }

    static Optional<StoredModel> get(Connection c, String name, long version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE name = ? AND version = ?")) {
            s.setString(1, name);
            s.setLong(2, version);
            return one(s);
        }
    }

    /** Every version of every name with its status, by name then version. */
    static List<ModelVersion> list(Connection c) throws SQLException {
        List<ModelVersion> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.name, m.version, m.size, m.provenance, m.saved_at,"
                + " m.note, " + ActivationRows.STATUS + " FROM models m ORDER BY m.name, m.version");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new ModelVersion(r.getString(1), r.getLong(2), r.getLong(3),
                        ProvenanceDocs.fromJson(r.getString(4)), Instant.parse(r.getString(5)),
                        ModelStatus.valueOf(r.getString(7)), Optional.ofNullable(r.getString(6))));
            }
        }
        return out;
    }

    /**
     * The status of a version.
     *
     * @throws io.marketpilot.core.model.UnknownModelVersionException if it does not exist
     */
    static ModelStatus status(Connection c, String name, long version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ActivationRows.STATUS
                + " FROM models m WHERE m.name = ? AND m.version = ?")) {
            s.setString(1, name);
            s.setLong(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new UnknownModelVersionException(name, version, versions(c, name));
                }
                return ModelStatus.valueOf(r.getString(1));
            }
        }
    }

    /** The saved versions of {@code name}, ascending. */
    static List<Long> versions(Connection c, String name) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM models WHERE name = ? ORDER BY version")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    static void setNote(Connection c, String name, long version, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE models SET note = ? WHERE name = ? AND version = ?")) {
            s.setString(1, note);
            s.setString(2, name);
            s.setLong(3, version);
            s.executeUpdate();
        }
    }

    static void delete(Connection c, String name, List<Long> versions) throws SQLException {
        if (versions.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM models WHERE name = ? AND version = ?")) {
            for (long v : versions) {
                s.setString(1, name);
                s.setLong(2, v);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Optional<StoredModel> one(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            byte[] bytes = r.getBytes(3);
            return Optional.of(new StoredModel(r.getString(1), r.getLong(2), bytes == null ? NO_BYTES : bytes,
                    ProvenanceDocs.fromJson(r.getString(4)), Instant.parse(r.getString(5))));
        }
    }
}
