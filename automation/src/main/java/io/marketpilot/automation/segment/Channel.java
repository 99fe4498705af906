package io.marketpilot.automation.segment;

import io.marketpilot.core.event.Event;
import java.math.RoundingMode;
import java.util.Set;

/**
 * One stream of matching events the online state buffers per customer: a performed condition has one, a
 * sequence two (first, then). {@code retention} is the window: older entries can no longer matter.
 */
record Channel(EventFilter filter, Measure measure, long retentionMicros) {

    boolean matches(Event e, Set<String> itemCategories) {
        return filter.matches(e.type(), e.itemId() == null ? null : e.itemId().value(), itemCategories);
    }

    /** The event's contribution to the measure (revenue in ten-thousandths, exact). */
    double amount(Event e) {
        return switch (measure) {
            case Measure.Count c -> 1;
            case Measure.Quantity q -> e.quantity();
            case Measure.Revenue r -> e.price() == null ? 0
                    : (double) e.price().setScale(4, RoundingMode.HALF_UP).unscaledValue().longValueExact() * e.quantity();
            case Measure.Property p -> FactValues.propertyNumber(e.properties(), p.name());
        };
    }
}
