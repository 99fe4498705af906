package io.marketpilot.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ordered schema scripts of one database, e.g. {@code Migrations.of("db/duckdb", "V001__events.sql")}:
 * script {@code n} (1-based) must be named {@code V00n__….sql} and lives on the classpath under the
 * directory. Scripts hold plain SQL statements separated by {@code ;} and {@code --} comments.
 */
public final class Migrations {
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");

    private final String directory;
    private final List<String> scripts;

    private Migrations(String directory, List<String> scripts) {
        this.directory = directory;
        this.scripts = scripts;
    }

    /** The scripts in order; fails if a name is malformed or the numbering has a gap. */
    public static Migrations of(String directory, String... scripts) {
        for (int i = 0; i < scripts.length; i++) {
            var m = NAME.matcher(scripts[i]);
            if (!m.matches() || Integer.parseInt(m.group(1)) != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " must be named V"
                        + String.format("%03d", i + 1) + "__<name>.sql, got " + scripts[i]);
            }
        }
        return new Migrations(directory, List.of(scripts));
    }

    /** The newest version this code knows. */
    public int latest() {
        return scripts.size();
    }

    /** Brings the database to {@link #latest()}; returns the version it had before (0 for a new database). */
    public int apply(Connection c, String database) {
        return apply(c, database, latest());
    }

    /**
     * Brings the database to {@code target} in one transaction and returns the version it had before.
     * Refuses a database at a version newer than this code knows.
     */
    public int apply(Connection c, String database, int target) {
        if (target < 0 || target > latest()) {
            throw new IllegalArgumentException("target version " + target + " is not in 0.." + latest());
        }
        int step = 0;
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                        + " script TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            int found = version(c);
            if (found > latest()) {
                throw new StoreOpenException(database + " has schema version " + found + " but this MarketPilot knows"
                        + " versions up to " + latest() + "; it was written by a newer MarketPilot. Upgrade"
                        + " MarketPilot or use another --data-dir");
            }
            for (step = found + 1; step <= target; step++) {
                run(c, scripts.get(step - 1));
                try (var insert = c.prepareStatement(
                        "INSERT INTO schema_version VALUES (?, ?, CAST(CURRENT_TIMESTAMP AS TEXT))")) {
                    insert.setInt(1, step);
                    insert.setString(2, scripts.get(step - 1));
                    insert.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            return found;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            if (e instanceof StoreOpenException open) {
                throw open;
            }
            String at = step == 0 ? "reading its schema version" : "applying " + scripts.get(step - 1);
            throw new IllegalStateException("cannot migrate " + database + ": " + at + " failed: " + e.getMessage(), e);
        }
    }

    /** The version recorded in {@code schema_version}, 0 if none. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private void run(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : SqlScript.statements(load(script))) {
                s.execute(sql);
            }
        }
    }

    private String load(String script) {
        String path = directory + "/" + script;
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration script " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration script " + path, e);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
