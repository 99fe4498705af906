package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.EventFilter;
import io.marketpilot.core.event.Event;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which events a trigger, wait, exit rule or goal reacts to: the segment language's event filter (types, items,
 * categories) plus property equalities ({@code {"coupon": "x"}}: the event's property, as text, equals the value).
 */
public record EventMatch(EventFilter filter, Map<String, String> properties) {
    public EventMatch {
        Objects.requireNonNull(filter, "filter");
        properties = Map.copyOf(properties);
    }

    /** Whether {@code e} matches; {@code categories} gives every level of an item's category path. */
    public boolean matches(Event e, Function<String, Set<String>> categories) {
        if (!filter.matches(e, e.itemId() == null ? Set.of() : categories.apply(e.itemId().value()))) {
            return false;
        }
        for (var p : properties.entrySet()) {
            Object v = e.properties().get(p.getKey());
            if (v == null || !PropertyText.of(v).equals(p.getValue())) {
                return false;
            }
        }
        return true;
    }
}
