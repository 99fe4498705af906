package io.marketpilot.store.sqlite;

import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.experiment.StoredExperiment;
import io.marketpilot.store.json.JsonCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Experiments in {@code state.sqlite} (table {@code experiments}, V003). */
final class SqliteExperimentStore implements ExperimentStore {
    private static final String COLUMNS = "experiment_id, doc, status, created_at, started_at, stopped_at";
    private final SqliteDb db;
    private final Clock clock;

    SqliteExperimentStore(SqliteDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<StoredExperiment> create(String id, Map<String, Object> definition) {
        Instant now = clock.instant();
        String doc = JsonCodec.write(definition);
        return db.write("create experiment", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO experiments (experiment_id, seq, doc, status,"
                    + " created_at) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM experiments), ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
                s.setString(1, id);
                s.setString(2, doc);
                s.setString(3, ExperimentStatus.DRAFT.wireName());
                s.setString(4, now.toString());
                if (s.executeUpdate() == 0) {
                    return Optional.<StoredExperiment>empty();
                }
            }
            return Optional.of(new StoredExperiment(id, JsonCodec.readObject(doc), ExperimentStatus.DRAFT, now, null,
                    null));
        });
    }

    @Override
    public Optional<StoredExperiment> get(String id) {
        return db.read("get experiment", c -> {
            PreparedStatement s = db.prepared("SELECT " + COLUMNS + " FROM experiments WHERE experiment_id = ?");
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.<StoredExperiment>empty();
            }
        });
    }

    @Override
    public List<StoredExperiment> list() {
        return db.read("list experiments", c -> {
            List<StoredExperiment> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM experiments ORDER BY seq");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StoredExperiment> transition(String id, ExperimentStatus from, ExperimentStatus to) {
        Instant now = clock.instant();
        String column = to == ExperimentStatus.RUNNING ? "started_at" : "stopped_at";
        return db.write("change experiment status", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE experiments SET status = ?, " + column + " = ?"
                    + " WHERE experiment_id = ? AND status = ?")) {
                s.setString(1, to.wireName());
                s.setString(2, now.toString());
                s.setString(3, id);
                s.setString(4, from.wireName());
                if (s.executeUpdate() == 0) {
                    return Optional.<StoredExperiment>empty();
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM experiments WHERE experiment_id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return Optional.of(row(r));
                }
            }
        });
    }

    private static StoredExperiment row(ResultSet r) throws SQLException {
        return new StoredExperiment(r.getString(1), JsonCodec.readObject(r.getString(2)),
                ExperimentStatus.valueOf(r.getString(3).toUpperCase(Locale.ROOT)), Instant.parse(r.getString(4)),
                instant(r.getString(5)), instant(r.getString(6)));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
