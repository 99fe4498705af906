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
 * scripts are named {@code Vnnn__….sql} with strictly increasing numbers (gaps allowed, so features developed
 * side by side can reserve ranges, e.g. automation's V050) and live on the classpath under the directory. The
 * database's version is the number of the last script applied. Scripts hold plain SQL statements separated by
 * {@code ;} and {@code --} comments.
 */
public final class Migrations {
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");

    private final String directory;
    private final List<String> scripts;
    private final int[] numbers;

    private Migrations(String directory, List<String> scripts, int[] numbers) {
        this.directory = directory;
        this.scripts = scripts;
        this.numbers = numbers;
    }

    /** The scripts in order; fails if a name is malformed or the numbers do not increase. */
    public static Migrations of(String directory, String... scripts) {
        int[] numbers = new int[scripts.length];
        for (int i = 0; i < scripts.length; i++) {
            var m = NAME.matcher(scripts[i]);
            int previous = i == 0 ? 0 : numbers[i - 1];
            if (!m.matches() || Integer.parseInt(m.group(1)) <= previous) {
                throw new IllegalArgumentException("migration " + (i + 1) + " must be named Vnnn__<name>.sql with nnn"
                        + " above " + String.format("%03d", previous) + ", got " + scripts[i]);
            }
            numbers[i] = Integer.parseInt(m.group(1));
        }
        return new Migrations(directory, List.of(scripts), numbers);
    }

    /** The newest version this code knows (the number of the last script). */
    public int latest() {
        return numbers.length == 0 ? 0 : numbers[numbers.length - 1];
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
        int step = -1;
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                        + " script TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            int found = version(c);
            java.util.Set<Integer> applied = applied(c);
            if (found > latest()) {
                throw new StoreOpenException(database + " has schema version " + found + " but this MarketPilot knows"
                        + " versions up to " + latest() + "; it was written by a newer MarketPilot. Upgrade"
                        + " MarketPilot or use another --data-dir");
            }
            for (int i = 0; i < numbers.length; i++) {
                if (applied.contains(numbers[i]) || numbers[i] > target) {
                    continue;
                }
                step = i;
                run(c, scripts.get(i));
                try (var insert = c.prepareStatement(
                        "INSERT INTO schema_version VALUES (?, ?, CAST(CURRENT_TIMESTAMP AS TEXT))")) {
                    insert.setInt(1, numbers[i]);
                    insert.setString(2, scripts.get(i));
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
            String at = step < 0 || step >= scripts.size() ? "reading its schema version" : "applying " + scripts.get(step);
            throw new IllegalStateException("cannot migrate " + database + ": " + at + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The script numbers already applied. A script is applied when it is missing from this set, not only when its
     * number is above the version: a script merged in with a lower number than one applied before still runs.
     */
    private static java.util.Set<Integer> applied(Connection c) throws SQLException {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
            while (r.next()) {
                out.add(r.getInt(1));
            }
        }
        return out;
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
