package io.marketpilot.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Flags every stored event of some actors as bot traffic, in one transaction on the writer connection: the
 * actor keys go through the Appender into the temp table {@code bot_keys}, then one UPDATE joins them.
 */
final class BotFlags {
    private BotFlags() {}

    /** Returns the number of events that were not flagged before. The caller holds the writer lock. */
    static int flag(DuckDBConnection writer, List<String> actorKeys) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("BEGIN TRANSACTION");
            try {
                s.execute("DELETE FROM bot_keys");
                try (DuckDBAppender a = writer.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "bot_keys")) {
                    for (String key : actorKeys) {
                        a.beginRow().append(key).endRow();
                    }
                }
                int flagged;
                try (PreparedStatement update = writer.prepareStatement("UPDATE events SET bot = true WHERE NOT bot"
                        + " AND " + EventRows.ACTOR + " IN (SELECT actor FROM bot_keys)")) {
                    flagged = update.executeUpdate();
                }
                s.execute("COMMIT");
                return flagged;
            } catch (SQLException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }
}
