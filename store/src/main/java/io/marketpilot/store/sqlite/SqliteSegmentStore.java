package io.marketpilot.store.sqlite;

import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.core.store.RecordedChange;
import io.marketpilot.core.store.SegmentStore;
import io.marketpilot.core.store.StoredSegment;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** Segments and their membership history in {@code state.sqlite} (schema {@code V040__segments.sql}). */
final class SqliteSegmentStore implements SegmentStore {
    private static final String CURRENT = "segment_id = ? AND exited_us IS NULL";
    private final SqliteDb db;

    SqliteSegmentStore(SqliteDb db) {
        this.db = db;
    }

    @Override
    public void create(StoredSegment segment, List<UserId> members) {
        db.write("create segment " + segment.id(), c -> {
            PreparedStatement s = db.prepared("INSERT INTO segments (id, seq, name, definition, created_at)"
                    + " VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM segments), ?, ?, ?)");
            s.setString(1, segment.id());
            s.setString(2, segment.name() == null ? segment.id() : segment.name());
            s.setString(3, segment.definitionJson());
            s.setString(4, segment.createdAt().toString());
            s.executeUpdate();
            PreparedStatement m = db.prepared("INSERT INTO segment_memberships VALUES (?, ?, ?, NULL)");
            long at = micros(segment.createdAt());
            for (UserId u : members) {
                m.setString(1, segment.id());
                m.setString(2, u.value());
                m.setLong(3, at);
                m.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<StoredSegment> get(String id) {
        return db.read("segment", c -> {
            PreparedStatement s = db.prepared("SELECT id, name, definition, created_at FROM segments WHERE id = ?");
            s.setString(1, id);
            List<StoredSegment> out = rows(s);
            return out.stream().findFirst();
        });
    }

    @Override
    public List<StoredSegment> all() {
        return db.read("segments", c -> rows(db.prepared("SELECT id, name, definition, created_at FROM segments ORDER BY seq")));
    }

    private static List<StoredSegment> rows(PreparedStatement s) throws SQLException {
        List<StoredSegment> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new StoredSegment(r.getString(1), r.getString(2), r.getString(3), Instant.parse(r.getString(4))));
            }
        }
        return out;
    }

    @Override
    public long record(List<MembershipChange> changes) {
        if (changes.isEmpty()) {
            return lastPosition();
        }
        return db.write("record segment changes", c -> {
            PreparedStatement enter = db.prepared("INSERT OR IGNORE INTO segment_memberships VALUES (?, ?, ?, NULL)");
            PreparedStatement exit = db.prepared("UPDATE segment_memberships SET exited_us = ? WHERE segment_id = ?"
                    + " AND user_id = ? AND exited_us IS NULL");
            PreparedStatement logged = db.prepared("INSERT INTO segment_changes (segment_id, user_id, entered, at_us)"
                    + " VALUES (?, ?, ?, ?)");
            for (MembershipChange ch : changes) {
                if (ch.entered()) {
                    enter.setString(1, ch.segmentId());
                    enter.setString(2, ch.userId().value());
                    enter.setLong(3, micros(ch.at()));
                    enter.executeUpdate();
                } else {
                    exit.setLong(1, micros(ch.at()));
                    exit.setString(2, ch.segmentId());
                    exit.setString(3, ch.userId().value());
                    exit.executeUpdate();
                }
                logged.setString(1, ch.segmentId());
                logged.setString(2, ch.userId().value());
                logged.setInt(3, ch.entered() ? 1 : 0);
                logged.setLong(4, micros(ch.at()));
                logged.executeUpdate();
            }
            return SegmentChangeLog.last(db);
        });
    }

    @Override
    public long lastPosition() {
        return db.read("segment history position", c -> SegmentChangeLog.last(db));
    }

    @Override
    public List<RecordedChange> changesAfter(long position, int limit) {
        return db.read("segment changes", c -> SegmentChangeLog.after(db, position, limit));
    }

    @Override
    public OptionalLong acknowledged(String listener) {
        return db.read("segment listener position", c -> SegmentChangeLog.acknowledged(db, listener));
    }

    @Override
    public void acknowledge(String listener, long position) {
        db.write("segment listener " + listener, c -> {
            SegmentChangeLog.acknowledge(db, listener, position);
            return null;
        });
    }

    @Override
    public long size(String segmentId) {
        return db.read("segment size", c -> {
            PreparedStatement s = db.prepared("SELECT count(*) FROM segment_memberships WHERE " + CURRENT);
            s.setString(1, segmentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<UserId> members(String segmentId, String after, int limit) {
        return db.read("segment members", c -> {
            PreparedStatement s = db.prepared("SELECT user_id FROM segment_memberships WHERE " + CURRENT
                    + " AND user_id > ? ORDER BY user_id LIMIT ?");
            s.setString(1, segmentId);
            s.setString(2, after == null ? "" : after);
            s.setInt(3, limit);
            List<UserId> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(UserId.of(r.getString(1)));
                }
            }
            return out;
        });
    }

    @Override
    public void forEachMember(String segmentId, Consumer<UserId> sink) {
        String after = null;
        List<UserId> page;
        do {
            page = members(segmentId, after, 10_000);
            page.forEach(sink);
            after = page.isEmpty() ? null : page.getLast().value();
        } while (page.size() == 10_000);
    }

    @Override
    public List<String> segmentsOf(UserId user) {
        return db.read("segments of", c -> {
            PreparedStatement s = db.prepared("SELECT segment_id FROM segment_memberships WHERE user_id = ?"
                    + " AND exited_us IS NULL ORDER BY segment_id");
            s.setString(1, user.value());
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public List<Long> sizesAt(String segmentId, List<Instant> instants) {
        return db.read("segment sizes", c -> {
            PreparedStatement s = db.prepared("SELECT count(*) FROM segment_memberships WHERE segment_id = ?"
                    + " AND entered_us <= ? AND (exited_us IS NULL OR exited_us > ?)");
            List<Long> out = new ArrayList<>();
            for (Instant t : instants) {
                s.setString(1, segmentId);
                s.setLong(2, micros(t));
                s.setLong(3, micros(t));
                try (ResultSet r = s.executeQuery()) {
                    out.add(r.next() ? r.getLong(1) : 0L);
                }
            }
            return out;
        });
    }

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }
}
