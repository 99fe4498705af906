package io.marketpilot.automation.journey;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.MembershipChange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Which journeys an input triggers, and when time-based triggers next fire. All pure. */
public final class Triggers {
    private Triggers() {}

    /** Whether {@code e} triggers entry into {@code d} (an event trigger whose match it meets). */
    public static boolean triggeredBy(JourneyDefinition d, Event e, Function<String, Set<String>> categories) {
        return d.trigger() instanceof Trigger.OnEvent on && on.match().matches(e, categories);
    }

    /** The journeys among {@code ds} that {@code e} triggers, in the given order. */
    public static List<JourneyDefinition> triggeredBy(Collection<JourneyDefinition> ds, Event e,
                                                      Function<String, Set<String>> categories) {
        return ds.stream().filter(d -> triggeredBy(d, e, categories)).toList();
    }

    /** Whether a segment entry or exit triggers {@code d}. */
    public static boolean triggeredBy(JourneyDefinition d, MembershipChange change) {
        return d.trigger() instanceof Trigger.SegmentChange s && s.segment().value().equals(change.segmentId())
                && s.entered() == change.entered();
    }

    /** The journeys among {@code ds} that a segment entry or exit triggers. */
    public static List<JourneyDefinition> triggeredBy(Collection<JourneyDefinition> ds, MembershipChange change) {
        return ds.stream().filter(d -> triggeredBy(d, change)).toList();
    }

    /** The next run of a scheduled journey strictly after {@code after}, in the journey's zone; empty otherwise. */
    public static Optional<Instant> nextScheduled(JourneyDefinition d, Instant after) {
        return d.trigger() instanceof Trigger.Schedule s ? s.cron().next(after, d.zone()) : Optional.empty();
    }

    /**
     * When a date trigger fires for a customer whose date fact is {@code value} (a date {@code "1990-05-17"} or
     * an ISO instant), in their zone: the first instant strictly after {@code after}. Yearly triggers use the month
     * and day (29 February is the 28th in other years). Empty when the value is no date or the date has passed.
     */
    public static Optional<Instant> nextDateFire(Trigger.DateAttribute t, Object value, ZoneId zone, Instant after) {
        return DateFires.next(t, value, zone, after);
    }

    /** When an inactivity trigger fires for a customer whose last purchase was at {@code lastPurchase}. */
    public static Instant inactivityFire(Trigger.Inactivity t, Instant lastPurchase) {
        return lastPurchase.plus(t.quiet());
    }

    /** Whether an event resets the inactivity clock (a purchase). */
    public static boolean resetsInactivity(Event e) {
        return e.type() == EventType.PURCHASE;
    }
}
