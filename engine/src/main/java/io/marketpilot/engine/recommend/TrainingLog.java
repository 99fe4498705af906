package io.marketpilot.engine.recommend;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.recommend.data.InteractionLog;

/**
 * The event log as recommenders see it: every stored event with an item (bot traffic excluded), in time order,
 * keyed by the actor (user id, or {@code anon:} + anonymous id). Sellable catalogue items nobody touched yet are in
 * the item dictionary too, so content similarity can reach them.
 */
final class TrainingLog {
    private TrainingLog() {}

    static InteractionLog read(EventLog events, ItemStore items) {
        InteractionLog.Builder log = new InteractionLog.Builder();
        events.scan(EventQuery.forTraining(), (Event e) -> {
            if (e.itemId() != null) {
                log.add(e.actorKey(), e.itemId().value(), e.timestamp().toEpochMilli(), e.type().wireName(),
                    Math.max(1, e.quantity()));
            }
        });
        items.forEach((Item item) -> {
            if (item.sellable()) {
                log.addItem(item.id().value());
            }
        });
        return log.build();
    }
}
