package io.marketpilot.store.sqlite;

import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.StoredModel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model registry in {@code state.sqlite}'s {@code models} table: the next version of a name is
 * assigned inside the same immediate transaction that inserts it, so concurrent saves (even from two
 * processes) never share a version.
 */
final class SqliteModelStore implements ModelStore {
    private static final byte[] NO_BYTES = new byte[0];

    private final SqliteDb db;
    private final Clock clock;

    SqliteModelStore(SqliteDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public StoredModel save(String name, byte[] bytes, Provenance provenance) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name, got " + (name == null ? "null" : "a blank one"));
        }
        Objects.requireNonNull(bytes, "bytes");
        String json = ProvenanceDocs.toJson(Objects.requireNonNull(provenance, "provenance"));
        Instant now = clock.instant();
        return db.write("save model " + name, c -> {
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
                s.setString(5, json);
                s.setString(6, now.toString());
                s.executeUpdate();
            }
            return new StoredModel(name, version, bytes.clone(), provenance, now);
        });
    }

    @Override
    public Optional<StoredModel> latest(String name) {
        return one("SELECT name, version, bytes, provenance, saved_at FROM models WHERE name = ?"
                + " ORDER BY version DESC LIMIT 1", name, null);
    }

    @Override
    public Optional<StoredModel> get(String name, long version) {
        return one("SELECT name, version, bytes, provenance, saved_at FROM models WHERE name = ? AND version = ?",
                name, version);
    }

    @Override
    public List<StoredModel> list() {
        return db.read("list models", c -> {
            List<StoredModel> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, version, NULL, provenance, saved_at FROM models"
                    + " ORDER BY name, version");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(model(r));
                }
            }
            return out;
        });
    }

    private Optional<StoredModel> one(String sql, String name, Long version) {
        return db.read("read model " + name, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, name);
                if (version != null) {
                    s.setLong(2, version);
                }
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(model(r)) : Optional.<StoredModel>empty();
                }
            }
        });
    }

    private static StoredModel model(ResultSet r) throws SQLException {
        byte[] bytes = r.getBytes(3);
        return new StoredModel(r.getString(1), r.getLong(2), bytes == null ? NO_BYTES : bytes,
                ProvenanceDocs.fromJson(r.getString(4)), Instant.parse(r.getString(5)));
    }
}
