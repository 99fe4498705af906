package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Condition;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One node of a journey. Waits park the run; the others run at once and lead to their {@link #next()} steps.
 * Step ids are 1-64 of a-z, 0-9, '-' and '_'.
 */
public sealed interface Step {
    String id();

    /** The steps this one may lead to, in declaration order (empty for an exit). */
    List<String> next();

    /** Whether the run parks here (waits) rather than passing through at once. */
    default boolean waits() {
        return this instanceof Wait || this instanceof WaitUntil || this instanceof WaitForEvent;
    }

    /** Waits for a fixed duration. */
    record Wait(String id, Duration duration, String then) implements Step {
        public List<String> next() {
            return List.of(then);
        }
    }

    /** Waits until the next {@code at} local time of day in the customer's zone (else the journey's zone). */
    record WaitUntil(String id, LocalTime at, String then) implements Step {
        public List<String> next() {
            return List.of(then);
        }
    }

    /** Waits for a matching event ({@code onEvent}) or until {@code timeout} has passed ({@code onTimeout}). */
    record WaitForEvent(String id, EventMatch match, Duration timeout, String onEvent, String onTimeout)
            implements Step {
        public List<String> next() {
            return List.of(onEvent, onTimeout);
        }
    }

    /** Goes to {@code then} when the condition holds for the customer, else to {@code otherwise}. */
    record Branch(String id, Condition condition, String then, String otherwise) implements Step {
        public List<String> next() {
            return List.of(then, otherwise);
        }
    }

    /**
     * Sends each customer down one arm, by weight, deterministically: {@code holdoutPercent} percent of customers
     * (by hash(journey, customer), so stable across entries and versions) are held out — they get no actions and
     * stay until the goal's attribution window ends, so their conversions can be compared — and the others take an
     * arm by hash(journey, step, customer).
     */
    record Split(String id, List<Arm> arms, double holdoutPercent) implements Step {
        public Split {
            arms = List.copyOf(arms);
        }

        public List<String> next() {
            return arms.stream().map(Arm::then).toList();
        }
    }

    /** One arm of a split. */
    record Arm(String name, int weight, String then) {}

    /** Performs an action, then goes on to {@code then} (after its result, for actions that have one). */
    record Act(String id, JourneyAction action, String then) implements Step {
        public Act {
            Objects.requireNonNull(action, "action");
        }

        public List<String> next() {
            return List.of(then);
        }
    }

    /** Ends the run with {@code reason}. */
    record Exit(String id, String reason) implements Step {
        public List<String> next() {
            return List.of();
        }
    }
}
