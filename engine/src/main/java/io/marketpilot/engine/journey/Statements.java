package io.marketpilot.engine.journey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements of the hot paths kept per connection (a campaign writes millions of rows through a few
 * statements; preparing each time cost a third of the time). Only used under the {@code StateDatabase} lock, so
 * one thread at a time; statements die with their connection.
 */
final class Statements {
    private static final Map<Connection, Map<String, PreparedStatement>> CACHE = new WeakHashMap<>();

    private Statements() {
    }

    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> mine;
        synchronized (CACHE) {
            mine = CACHE.computeIfAbsent(c, k -> new HashMap<>());
        }
        PreparedStatement s = mine.get(sql);
        if (s == null || s.isClosed()) {
            s = c.prepareStatement(sql);
            mine.put(sql, s);
        }
        s.clearParameters();
        return s;
    }
}
