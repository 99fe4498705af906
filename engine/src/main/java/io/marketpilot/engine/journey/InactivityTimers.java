package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.Trigger;
import io.marketpilot.automation.journey.Triggers;
import io.marketpilot.core.event.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Inactivity deadlines: every stored purchase re-arms the customer's timer of each active inactivity journey, and
 * the whole purchase history arms them when such a journey is activated and after an events import
 * ({@link #fromHistory}).
 */
final class InactivityTimers {
    private static final int BATCH = 5_000;
    /**
     * Upserts a deadline unless the customer already entered the journey at or after it (that lapse was handled:
     * re-scanning after an import must not enter them again for the same quiet period).
     */
    private static final String ARM = "INSERT INTO journey_timers (journey_id, user_id, wake_at) SELECT ?, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM journey_runs WHERE user_id = ? AND journey_id = ? AND entered_at >= ?)"
            + " ON CONFLICT (journey_id, user_id) DO UPDATE SET wake_at = excluded.wake_at";

    private InactivityTimers() {
    }

    static void purchased(Connection c, List<JourneyDefinition> active, Event e) throws SQLException {
        if (e.userId() == null || e.bot() || !Triggers.resetsInactivity(e)) {
            return;
        }
        for (JourneyDefinition d : active) {
            if (d.trigger() instanceof Trigger.Inactivity t) {
                TriggerTimerTable.arm(c, d.id().value(), e.userId().value(), Triggers.inactivityFire(t, e.timestamp()));
            }
        }
    }

    /**
     * Arms the deadline of every customer with a purchase in the log: their last purchase plus the quiet period,
     * or {@code now} when that has already passed (they enter on the next pass, subject to the entry policy).
     * Customers who never bought get no timer. Streams the log's aggregate, writing in batches on {@code c} (the
     * caller's transaction); returns how many deadlines were armed or moved.
     */
    static long fromHistory(Connection c, JourneyDefinition d, Trigger.Inactivity t, Instant now,
                            Consumer<ObjLongConsumer<String>> lastPurchases) throws SQLException {
        String journey = d.id().value();
        long[] armed = {0};
        int[] pending = {0};
        try (PreparedStatement s = c.prepareStatement(ARM)) {
            SQLException[] failed = {null};
            lastPurchases.accept((user, lastMillis) -> {
                if (failed[0] != null) {
                    return;
                }
                try {
                    Instant deadline = Triggers.inactivityFire(t, Instant.ofEpochMilli(lastMillis));
                    s.setString(1, journey);
                    s.setString(2, user);
                    s.setLong(3, (deadline.isAfter(now) ? deadline : now).toEpochMilli());
                    s.setString(4, user);
                    s.setString(5, journey);
                    s.setLong(6, deadline.toEpochMilli());
                    s.addBatch();
                    if (++pending[0] >= BATCH) {
                        armed[0] += sum(s.executeBatch());
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            if (pending[0] > 0) {
                armed[0] += sum(s.executeBatch());
            }
        }
        return armed[0];
    }

    private static long sum(int[] counts) {
        long n = 0;
        for (int k : counts) {
            n += Math.max(k, 0);
        }
        return n;
    }
}
