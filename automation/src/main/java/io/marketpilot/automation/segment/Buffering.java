package io.marketpilot.automation.segment;

import io.marketpilot.core.event.Event;
import java.util.Set;

/** Puts an event's entries into a state's customer buffers, for every channel whose time range holds it. */
final class Buffering {
    private final ItemCategories categories;

    Buffering(ItemCategories categories) {
        this.categories = categories;
    }

    /** Buffers the event; returns its customer's index in {@code state} (-1 for none) to evaluate. */
    int buffer(Event e, Plan plan, ChannelRanges ranges, OnlineState state) {
        if (e.userId() == null || e.id().value().startsWith(LiveSegments.OWN_EVENT_PREFIX)) {
            return -1;
        }
        // every customer with an event is evaluated once: "not"/"= 0" conditions hold for the quiet ones too
        int s = state.customer(e.userId().value());
        long t = Times.micros(e.timestamp());
        Set<String> itemCategories = null;
        for (int k = 0; k < ranges.channels().length; k++) {
            if (t <= ranges.after()[k] || t > ranges.upTo()[k]) {
                continue;
            }
            int c = ranges.channels()[k];
            Channel ch = plan.channels.get(c);
            if (itemCategories == null) {
                itemCategories = e.itemId() == null ? Set.of() : categories.of(e.itemId().value());
            }
            if (ch.matches(e, itemCategories)) {
                state.entries(s, Entries.add(state.entries(s), c, t, ch.amount(e)));
            }
        }
        return s;
    }
}
