package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.store.EventStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The read side of the event log. Every call runs on its own connection (a duplicate of the database's root
 * connection), so reads run concurrently with each other and with the writer and see every committed append.
 */
final class EventReads {
    /** Opens a fresh connection to the same database. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private static final String ORDER = " ORDER BY ts, ts_nanos, seq";

    private final Connections connections;

    EventReads(Connections connections) {
        this.connections = connections;
    }

    List<Event> recent(UserId user, int limit) throws SQLException {
        List<Event> out = new ArrayList<>(Math.max(0, Math.min(limit, 1000)));
        if (limit <= 0) {
            return out;
        }
        try (Connection c = connections.open();
             PreparedStatement s = c.prepareStatement("SELECT " + EventRows.COLUMNS + " FROM events"
                     + " WHERE user_id = ? ORDER BY ts DESC, ts_nanos DESC, seq DESC LIMIT ?")) {
            s.setString(1, user.value());
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(EventRows.read(r));
                }
            }
        }
        return out;
    }

    /** Streams matching events in (timestamp, append) order; DuckDB streams the sorted result in chunks. */
    void scan(EventQuery q, Consumer<Event> sink) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + EventRows.COLUMNS + " FROM events WHERE true");
        List<Object> args = new ArrayList<>();
        if (!q.types().isEmpty()) {
            sql.append(" AND type IN (").append("?, ".repeat(q.types().size() - 1)).append("?)");
            q.types().stream().map(EventType::wireName).sorted().forEach(args::add);
        }
        if (q.from() != null) {
            sql.append(" AND ts >= ? AND (ts > ? OR ts_nanos >= ?)");
            addInstant(args, q.from());
        }
        if (q.to() != null) {
            sql.append(" AND ts <= ? AND (ts < ? OR ts_nanos < ?)");
            addInstant(args, q.to());
        }
        if (!q.includeBots()) {
            sql.append(" AND NOT bot");
        }
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(sql + ORDER)) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(EventRows.read(r));
                }
            }
        }
    }

    EventStats stats() throws SQLException {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(false); // one snapshot for both queries
            Map<EventType, Long> byType = new EnumMap<>(EventType.class);
            try (ResultSet r = s.executeQuery("SELECT type, count(*) FROM events GROUP BY type")) {
                while (r.next()) {
                    byType.put(EventType.fromWire(r.getString(1)).orElseThrow(), r.getLong(2));
                }
            }
            EventStats stats;
            try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT " + EventRows.ACTOR + "),"
                    + " count(*) FILTER (WHERE bot), min(ts), max(ts),"
                    + " (SELECT min(ts_nanos) FROM events WHERE ts = (SELECT min(ts) FROM events)),"
                    + " (SELECT max(ts_nanos) FROM events WHERE ts = (SELECT max(ts) FROM events))"
                    + " FROM events")) {
                r.next();
                long total = r.getLong(1);
                Instant first = total == 0 ? null : instant(r.getLong(4), r.getShort(6));
                Instant last = total == 0 ? null : instant(r.getLong(5), r.getShort(7));
                stats = new EventStats(total, byType, r.getLong(2), r.getLong(3), first, last);
            }
            c.commit();
            return stats;
        }
    }

    Set<String> botActors() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = connections.open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT " + EventRows.ACTOR + " FROM events WHERE bot")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return Set.copyOf(out);
    }

    private static Instant instant(long micros, short nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000 + nanos);
    }

    /** A bound as (micros, micros, nanos) for the two-part comparison; saturates outside the storable range. */
    private static void addInstant(List<Object> args, Instant t) {
        long micros;
        try {
            micros = Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
        } catch (ArithmeticException outside) {
            micros = t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        args.add(micros);
        args.add(micros);
        args.add((short) (t.getNano() % 1000));
    }
}
