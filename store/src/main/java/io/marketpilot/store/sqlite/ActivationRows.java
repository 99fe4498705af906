package io.marketpilot.store.sqlite;

import io.marketpilot.core.model.Activation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The {@code activations} table: the append-only history of which version of a name is served. The active
 * version is the one of the newest row, so it cannot disagree with the history.
 */
final class ActivationRows {
    /**
     * A model row's status as SQL over the row aliased {@code m}; the one definition of
     * {@link io.marketpilot.core.model.ModelStatus}, its values are the enum's names.
     */
    static final String STATUS = "CASE WHEN m.version = (SELECT a.version FROM activations a WHERE a.name = m.name"
            + " ORDER BY a.seq DESC LIMIT 1) THEN 'ACTIVE' WHEN EXISTS (SELECT 1 FROM activations a"
            + " WHERE a.name = m.name AND a.version = m.version) THEN 'RETIRED' ELSE 'CANDIDATE' END";

    private ActivationRows() {}

    /** The active version of {@code name}, empty if it was never activated. */
    static OptionalLong current(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version FROM activations WHERE name = ? ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Appends {@code a} as the newest activation of its name; call inside the write that checked it. */
    static void append(Connection c, Activation a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO activations (name, seq, version, previous,"
                + " reason, at) SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ? FROM activations WHERE name = ?")) {
            s.setString(1, a.name());
            s.setLong(2, a.version());
            if (a.previous().isPresent()) {
                s.setLong(3, a.previous().getAsLong());
            } else {
                s.setNull(3, java.sql.Types.INTEGER);
            }
            s.setString(4, a.reason());
            s.setString(5, a.at().toString());
            s.setString(6, a.name());
            s.executeUpdate();
        }
    }

    /** The activations of {@code name}, newest first. */
    static List<Activation> history(Connection c, String name) throws SQLException {
        List<Activation> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version, previous, reason, at FROM activations"
                + " WHERE name = ? ORDER BY seq DESC")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long previous = r.getLong(2);
                    OptionalLong replaced = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(previous);
                    out.add(new Activation(name, r.getLong(1), replaced, r.getString(3), Instant.parse(r.getString(4))));
                }
            }
        }
        return out;
    }
}
