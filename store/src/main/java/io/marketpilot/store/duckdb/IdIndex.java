package io.marketpilot.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The hashes of every committed event id, in memory (8–16 bytes per event), plus the most recent ids
 * themselves. Absent hash: the id is new for sure; present hash: the id is probably stored, confirmed by
 * the recent ids or by query. Guarded by the writer lock.
 */
final class IdIndex {
    /** Enough for retries of the last few hundred small batches; at most about 25 MB. */
    private static final int RECENT = 200_000;

    private final ToLongFunction<String> hasher;
    private final LongHashSet committed;
    private final RecentIds recent = new RecentIds(RECENT);

    private IdIndex(ToLongFunction<String> hasher, LongHashSet committed) {
        this.hasher = hasher;
        this.committed = committed;
    }

    /** Loads the stored {@code id_hash} column (8 bytes a row, no strings). */
    static IdIndex load(Connection c, ToLongFunction<String> hasher, long rows) throws SQLException {
        LongHashSet set = new LongHashSet((int) Math.min(rows, 1 << 29));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id_hash FROM events")) {
            while (r.next()) {
                set.add(r.getLong(1));
            }
        }
        return new IdIndex(hasher, set);
    }

    /** The hash function of the stored {@code id_hash} column. */
    ToLongFunction<String> hasher() {
        return hasher;
    }

    boolean contains(long hash) {
        return committed.contains(hash);
    }

    /** Whether the id is certainly stored (committed recently); false means "unknown", not "absent". */
    boolean recentlyStored(String id) {
        return recent.contains(id);
    }

    /** Publishes a commit: its hashes, and its ids when the transaction kept them (small appends do). */
    void addAll(LongHashSet hashes, List<String> ids) {
        committed.addAll(hashes);
        recent.addAll(ids);
    }
}
