package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.EntryHistory;
import io.marketpilot.automation.journey.JourneyRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQL of {@code journey_runs}: one row per customer run, its timer in {@code wake_at}. */
final class RunTable {
    private static final String COLUMNS = "run_id, journey_id, version, user_id, open, active, step, step_since, wake_at,"
            + " waiting_for, arm, entered_at, exited_at, exit_reason, converted_at, state";
    static final String SELECT = "SELECT state, open, waiting_for, exited_at, converted_at FROM journey_runs";

    private RunTable() {
    }

    static boolean exists(Connection c, String runId) throws SQLException {
        PreparedStatement s = Statements.prepare(c, "SELECT 1 FROM journey_runs WHERE run_id = ?");
        s.setString(1, runId);
        try (ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    /** Inserts or replaces the row; exit and conversion instants, once set, are kept. */
    static void write(Connection c, RunRow row) throws SQLException {
        JourneyRun run = row.state();
        PreparedStatement s = Statements.prepare(c, "INSERT INTO journey_runs (" + COLUMNS + ") VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET"
                + " version = excluded.version, open = excluded.open, active = excluded.active, step = excluded.step,"
                + " step_since = excluded.step_since, wake_at = excluded.wake_at, waiting_for = excluded.waiting_for,"
                + " arm = excluded.arm, exited_at = coalesce(journey_runs.exited_at, excluded.exited_at),"
                + " exit_reason = coalesce(journey_runs.exit_reason, excluded.exit_reason),"
                + " converted_at = coalesce(journey_runs.converted_at, excluded.converted_at), state = excluded.state");
        s.setString(1, run.runId());
        s.setString(2, run.journeyId().value());
        s.setInt(3, run.version());
        s.setString(4, run.customerKey());
        s.setInt(5, row.open() ? 1 : 0);
        s.setInt(6, run.active() ? 1 : 0);
        s.setString(7, run.stepId());
        s.setLong(8, (run.stepAt() == null ? run.enteredAt() : run.stepAt()).toEpochMilli());
        setInstant(s, 9, row.wakeAt());
        s.setString(10, row.waitingFor());
        s.setString(11, run.arm());
        s.setLong(12, run.enteredAt().toEpochMilli());
        setInstant(s, 13, row.exitedAt());
        s.setString(14, run.exitReason());
        setInstant(s, 15, row.convertedAt());
        s.setString(16, RunCodec.write(run));
        s.executeUpdate();
    }

    /** Open runs due at {@code now} of the given journeys, earliest first. */
    static List<RunRow> due(Connection c, Instant now, Collection<String> journeys, int limit) throws SQLException {
        if (journeys.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(journeys.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE open = 1 AND wake_at <= ? AND journey_id IN ("
                + in + ") ORDER BY wake_at LIMIT ?")) {
            int i = 1;
            s.setLong(i++, now.toEpochMilli());
            for (String j : journeys) {
                s.setString(i++, j);
            }
            s.setInt(i, limit);
            return rows(s);
        }
    }

    /** The open runs of these customers, by customer, oldest entry first. */
    static Map<String, List<RunRow>> openOf(Connection c, Collection<String> users) throws SQLException {
        Map<String, List<RunRow>> out = new HashMap<>();
        for (List<String> chunk : chunks(users)) {
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE open = 1 AND user_id IN (" + in
                    + ") ORDER BY entered_at, run_id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                for (RunRow r : rows(s)) {
                    out.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }

    /** Each customer's past in one journey (all versions), for the entry policy. */
    static Map<String, EntryHistory> histories(Connection c, String journey, Collection<String> users)
            throws SQLException {
        Map<String, EntryHistory> out = new HashMap<>();
        for (List<String> chunk : chunks(users)) {
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT user_id, count(*), max(entered_at), max(active)"
                    + " FROM journey_runs WHERE journey_id = ? AND user_id IN (" + in + ") GROUP BY user_id")) {
                s.setString(1, journey);
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 2, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), new EntryHistory(r.getInt(2), Instant.ofEpochMilli(r.getLong(3)),
                                r.getInt(4) == 1));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A page of the active runs of one version of a journey (parked at a step), oldest entry first, after the run
     * {@code after} (null for the first page): keyset paging, so rows moved to another version meanwhile are
     * simply no longer listed.
     */
    static List<RunRow> waitingIn(Connection c, String journey, int version, RunRow after, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE journey_id = ? AND version = ? AND active = 1"
                + " AND open = 1 AND (entered_at > ? OR (entered_at = ? AND run_id > ?))"
                + " ORDER BY entered_at, run_id LIMIT ?")) {
            long at = after == null ? Long.MIN_VALUE : after.state().enteredAt().toEpochMilli();
            s.setString(1, journey);
            s.setInt(2, version);
            s.setLong(3, at);
            s.setLong(4, at);
            s.setString(5, after == null ? "" : after.state().runId());
            s.setInt(6, limit);
            return rows(s);
        }
    }

    /** How many runs of one version of a journey stay open only for their attribution window (exited). */
    static long exitedOpen(Connection c, String journey, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM journey_runs WHERE journey_id = ?"
                + " AND version = ? AND active = 0 AND open = 1")) {
            s.setString(1, journey);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static long activeCount(Connection c, String journey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM journey_runs WHERE journey_id = ? AND active = 1")) {
            s.setString(1, journey);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static java.util.Optional<RunRow> byId(Connection c, String runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE run_id = ?")) {
            s.setString(1, runId);
            return rows(s).stream().findFirst();
        }
    }

    static List<RunRow> ofUser(Connection c, String user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE user_id = ? ORDER BY entered_at DESC, run_id")) {
            s.setString(1, user);
            return rows(s);
        }
    }

    static List<RunRow> rows(PreparedStatement s) throws SQLException {
        List<RunRow> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new RunRow(RunCodec.read(r.getString(1)), r.getInt(2) == 1, r.getString(3), instant(r, 4),
                        instant(r, 5)));
            }
        }
        return out;
    }

    private static List<List<String>> chunks(Collection<String> all) {
        List<String> list = new ArrayList<>(all);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += 500) {
            out.add(list.subList(i, Math.min(list.size(), i + 500)));
        }
        return out;
    }

    static void setInstant(PreparedStatement s, int i, Instant at) throws SQLException {
        if (at == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setLong(i, at.toEpochMilli());
        }
    }

    static Instant instant(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
