package io.marketpilot.engine.journey;

import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.LogQuery;
import java.util.function.ObjLongConsumer;

/**
 * Every customer's last purchase in the event log (bot traffic excluded), streamed as (user id, epoch
 * milliseconds): one aggregate query over the log, so arming a million inactivity deadlines holds no per-customer
 * state in memory and sends no per-customer query.
 */
final class LastPurchases {
    private LastPurchases() {
    }

    static void scan(EventLog events, ObjLongConsumer<String> sink) {
        String sql = "SELECT user_id, max(ts) FROM events WHERE type = '" + EventType.PURCHASE.wireName() + "'"
                + " AND user_id IS NOT NULL AND NOT bot GROUP BY user_id";
        events.query(new LogQuery(sql, null), row -> sink.accept(row.text(0), Math.floorDiv(row.integer(1), 1000L)));
    }
}
