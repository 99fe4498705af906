package io.marketpilot.automation.segment;

import io.marketpilot.core.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Evaluates a condition for one customer from their facts, their memberships and their recent events, with the
 * same meaning as the online evaluator (journeys branch with it). {@code events} must cover the condition's longest
 * window; older ones are ignored.
 */
public final class OneCustomer {
    private final CustomerFacts facts;
    private final Predicate<SegmentId> member;
    private final List<Event> events;
    private final Function<String, Set<String>> categories;
    private final long now;

    private OneCustomer(CustomerFacts facts, Predicate<SegmentId> member, List<Event> events,
                        Function<String, Set<String>> categories, long now) {
        this.facts = facts;
        this.member = member;
        this.events = events;
        this.categories = categories;
        this.now = now;
    }

    /** Whether {@code c} holds at {@code now}. */
    public static boolean holds(Condition c, CustomerFacts facts, Predicate<SegmentId> member, List<Event> events,
                                Function<String, Set<String>> categories, Instant now) {
        return new OneCustomer(facts, member, List.copyOf(events), categories, Times.micros(now)).test(c);
    }

    private boolean test(Condition c) {
        return switch (c) {
            case Condition.All all -> all.children().stream().allMatch(this::test);
            case Condition.Any any -> any.children().stream().anyMatch(this::test);
            case Condition.Not not -> !test(not.child());
            case Condition.InSegment in -> member.test(in.segment());
            case Condition.Fact f -> FactTest.test(f.op(), f.operand(), FactValues.of(facts.get(f.kind(), f.name())), now);
            case Condition.Performed p -> performed(p);
            case Condition.Sequence s -> sequence(s);
        };
    }

    private boolean performed(Condition.Performed p) {
        Channel channel = new Channel(p.filter(), p.measure(), p.window().micros());
        double sum = 0;
        for (Event e : events) {
            long t = Times.micros(e.timestamp());
            if (t > now - p.window().micros() && t <= now && matches(channel.filter(), e)) {
                sum += channel.amount(e);
            }
        }
        double value = p.measure() instanceof Measure.Revenue ? p.value() * 10_000 : p.value();
        return p.compare().test(sum, value);
    }

    private boolean sequence(Condition.Sequence s) {
        long w = s.window().micros();
        long within = s.within().micros();
        for (Event a : events) {
            long ta = Times.micros(a.timestamp());
            if (ta <= now - w || ta > now || !matches(s.first(), a)) {
                continue;
            }
            if (s.absent() ? ta + within <= now && !then(s.then(), ta, ta + within) : then(s.then(), ta, Math.min(ta + within, now))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a {@code then} event lies in (from, to] and inside the window. */
    private boolean then(EventFilter filter, long from, long to) {
        for (Event b : events) {
            long t = Times.micros(b.timestamp());
            if (t > from && t <= to && matches(filter, b)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(EventFilter filter, Event e) {
        return filter.matches(e, e.itemId() == null ? Set.of() : categories.apply(e.itemId().value()));
    }
}
