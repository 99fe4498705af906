package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Condition;
import io.marketpilot.automation.segment.CustomerFacts;
import io.marketpilot.automation.segment.OneCustomer;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.core.event.Event;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the journey machine may read about the customer of a run; the engine implements it. Only
 * {@link #facts()} is required; the defaults describe a customer with no zone, no memberships, no recent events
 * and no uplift estimate.
 */
public interface CustomerView {
    /** Traits and computed attributes, for branch conditions and date triggers. */
    CustomerFacts facts();

    /** The customer's own time zone (wait-until uses the journey's zone without it). */
    default Optional<ZoneId> zone() {
        return Optional.empty();
    }

    default boolean inSegment(SegmentId segment) {
        return false;
    }

    /** The customer's recent events (covering the longest window a branch condition counts over). */
    default List<Event> recentEvents() {
        return List.of();
    }

    /** Every level of an item's category path (for category filters). */
    default Set<String> categoriesOf(String itemId) {
        return Set.of();
    }

    /** The predicted uplift of treating this customer; empty without a model (then thresholds do not skip). */
    default OptionalDouble uplift() {
        return OptionalDouble.empty();
    }

    /** Whether a branch condition holds at {@code now}; by default evaluated from the other methods. */
    default boolean holds(Condition condition, Instant now) {
        return OneCustomer.holds(condition, facts(), this::inSegment, recentEvents(), this::categoriesOf, now);
    }

    /** A view of a customer about whom nothing is known (tests, dry runs). */
    static CustomerView unknown() {
        return () -> CustomerFacts.NONE;
    }
}
