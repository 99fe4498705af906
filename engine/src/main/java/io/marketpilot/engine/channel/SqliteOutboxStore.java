package io.marketpilot.engine.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.channel.OutboxStore;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The outbox in {@code state.sqlite} (table {@code outbox} of V050); each call is one durable transaction. */
public final class SqliteOutboxStore implements OutboxStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "message, status, attempts, admitted, created_at, due, done_at, detail";

    private final StateDatabase db;

    public SqliteOutboxStore(StateDatabase db) {
        this.db = db;
    }

    @Override
    public boolean record(Message m, Instant now) {
        return recordAll(List.of(m), now) == 1;
    }

    @Override
    public int recordAll(List<Message> messages, Instant now) {
        if (messages.isEmpty()) {
            return 0;
        }
        List<String> docs = messages.stream().map(SqliteOutboxStore::json).toList();
        return db.write("record messages", c -> {
            int added = 0;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (message_key, channel, user_id, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, 'PENDING', 0, 0, ?, ?, NULL, NULL) ON CONFLICT (message_key) DO NOTHING")) {
                for (int i = 0; i < messages.size(); i++) {
                    Message m = messages.get(i);
                    s.setString(1, m.key());
                    s.setString(2, m.channel().value());
                    s.setString(3, m.customer().value());
                    s.setString(4, docs.get(i));
                    s.setLong(5, now.toEpochMilli());
                    s.setLong(6, now.toEpochMilli());
                    added += s.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public Optional<OutboxEntry> get(String key) {
        return db.read("read message", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE message_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(entry(r)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE status = 'PENDING' AND due <= ? ORDER BY due, seq LIMIT ?",
                now.toEpochMilli(), limit);
    }

    @Override
    public void update(OutboxEntry e) {
        updateAll(List.of(e));
    }

    @Override
    public void updateAll(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        db.write("update messages", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET status = ?, attempts = ?, admitted = ?,"
                    + " due = ?, done_at = ?, detail = ? WHERE message_key = ?")) {
                for (OutboxEntry e : entries) {
                    s.setString(1, e.status().name());
                    s.setInt(2, e.attempts());
                    s.setInt(3, e.admitted() ? 1 : 0);
                    setInstant(s, 4, e.due());
                    setInstant(s, 5, e.doneAt());
                    s.setString(6, e.detail());
                    s.setString(7, e.key());
                    if (s.executeUpdate() != 1) {
                        throw new IllegalArgumentException("no outbox entry " + e.key());
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<OutboxEntry> admittedSince(Instant since) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE admitted = 1 AND coalesce(done_at, due, created_at) >= ?"
                + " ORDER BY coalesce(done_at, due, created_at), seq", since.toEpochMilli());
    }

    @Override
    public List<OutboxEntry> list(ChannelName channel, OutboxEntry.Status status, int limit) {
        return status == null
                ? query("SELECT " + COLUMNS + " FROM outbox WHERE channel = ? ORDER BY seq LIMIT ?", channel.value(), limit)
                : query("SELECT " + COLUMNS + " FROM outbox WHERE channel = ? AND status = ? ORDER BY seq LIMIT ?",
                        channel.value(), status.name(), limit);
    }

    private List<OutboxEntry> query(String sql, Object... args) {
        return db.read("list messages", c -> {
            List<OutboxEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(entry(r));
                    }
                }
            }
            return out;
        });
    }

    private static void setInstant(PreparedStatement s, int i, Instant at) throws SQLException {
        if (at == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setLong(i, at.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static OutboxEntry entry(ResultSet r) throws SQLException {
        return new OutboxEntry(message(r.getString(1)), OutboxEntry.Status.valueOf(r.getString(2)), r.getInt(3),
                r.getInt(4) == 1, instant(r, 5), instant(r, 6), instant(r, 7), r.getString(8));
    }

    private static String json(Message m) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("key", m.key());
        w.put("channel", m.channel().value());
        w.put("customer", m.customer().value());
        w.put("purpose", m.purpose().name().toLowerCase(Locale.ROOT));
        w.put("template", m.template());
        w.put("locale", m.locale());
        w.put("data", m.data());
        try {
            return JSON.writeValueAsString(w);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message data cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Message message(String doc) {
        try {
            Map<String, Object> w = JSON.readValue(doc, new TypeReference<Map<String, Object>>() { });
            return new Message((String) w.get("key"), ChannelName.of((String) w.get("channel")),
                    UserId.of((String) w.get("customer")), Purpose.valueOf(((String) w.get("purpose")).toUpperCase(Locale.ROOT)),
                    (String) w.get("template"), (String) w.get("locale"), (Map<String, Object>) w.get("data"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored outbox message is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
