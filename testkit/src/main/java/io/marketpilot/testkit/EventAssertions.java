package io.marketpilot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import java.math.BigDecimal;
import java.util.List;

/**
 * Compares events as stores keep them. Stores may change a price's scale (12.50 and 12.5000 are the same
 * price), so prices compare by value; every other field compares exactly.
 */
public final class EventAssertions {
    private EventAssertions() {}

    public static void assertSameEvents(List<Event> actual, List<Event> expected) {
        assertThat(actual.stream().map(EventAssertions::normalized).toList())
                .containsExactlyElementsOf(expected.stream().map(EventAssertions::normalized).toList());
    }

    public static void assertSameEvent(Event actual, Event expected) {
        assertThat(normalized(actual)).isEqualTo(normalized(expected));
    }

    /** The event with its price at its smallest scale (12.50 → 12.5, 100.00 → 100). */
    public static Event normalized(Event e) {
        BigDecimal price = e.price();
        if (price != null) {
            price = price.stripTrailingZeros();
            price = price.scale() < 0 ? price.setScale(0) : price;
        }
        return new Event(e.id(), e.type(), e.userId(), e.anonymousId(), e.itemId(), e.timestamp(), e.quantity(),
                price, e.currency(), e.sessionId(), e.context(), e.properties(), e.extra(), e.bot());
    }

    public static List<String> ids(List<Event> events) {
        return events.stream().map(e -> e.id().value()).toList();
    }
}
