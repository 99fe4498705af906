package io.marketpilot.automation.segment;

import java.util.List;
import java.util.Objects;

/** One node of a segment's condition tree (the language is described in docs/segments.md). */
public sealed interface Condition {

    /** Every child holds. */
    record All(List<Condition> children) implements Condition {
        public All {
            children = List.copyOf(children);
        }
    }

    /** At least one child holds. */
    record Any(List<Condition> children) implements Condition {
        public Any {
            children = List.copyOf(children);
        }
    }

    /** The child does not hold. */
    record Not(Condition child) implements Condition {
        public Not {
            Objects.requireNonNull(child, "child");
        }
    }

    /** A comparison of a customer trait or computed attribute; false when the fact is missing (but see EXISTS). */
    record Fact(FactKind kind, String name, FactOp op, Operand operand) implements Condition {}

    /** A measure (count, quantity, revenue, a numeric property) of the matching events in the window, compared. */
    record Performed(EventFilter filter, Measure measure, Compare compare, double value, Window window)
            implements Condition {}

    /**
     * A matching {@code first} event in the window followed, strictly later and at most {@code within} after it,
     * by a {@code then} event ({@code absent = false}); or, with {@code absent = true}, a {@code first} event in
     * the window whose {@code within} has fully elapsed with no {@code then} event in it.
     */
    record Sequence(EventFilter first, EventFilter then, boolean absent, Window within, Window window)
            implements Condition {}

    /** Membership of another segment. */
    record InSegment(SegmentId segment) implements Condition {}
}
