package io.marketpilot.automation.segment;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import java.util.Set;

/**
 * Which events a condition counts: of these types, about these items, about items in these catalogue categories
 * (any level of the item's category path). An empty set does not restrict.
 */
public record EventFilter(Set<EventType> types, Set<String> items, Set<String> categories) {
    public EventFilter {
        types = Set.copyOf(types);
        items = Set.copyOf(items);
        categories = Set.copyOf(categories);
    }

    /** Whether the event matches, given every level of its item's category path (empty when it has no item). */
    public boolean matches(Event e, Set<String> itemCategories) {
        return matches(e.type(), e.itemId() == null ? null : e.itemId().value(), itemCategories);
    }

    /** Whether an event of this type, item and item categories matches. */
    boolean matches(EventType type, String item, Set<String> itemCategories) {
        if (!types.isEmpty() && !types.contains(type)) {
            return false;
        }
        if (!items.isEmpty() && (item == null || !items.contains(item))) {
            return false;
        }
        if (!categories.isEmpty()) {
            for (String c : categories) {
                if (itemCategories.contains(c)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
