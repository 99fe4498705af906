package io.marketpilot.automation.journey;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable state of one customer in one journey version.
 *
 * @param runId        unique per entry (derived from journey, version, customer and entry instant)
 * @param stepId       the step the run is parked at; null once exited (the run only waits for the end of the
 *                     attribution window, to record a late conversion)
 * @param enteredAt    when the customer entered
 * @param stepAt       when the run entered its current step
 * @param wakeAt       when {@link JourneyMachine#onTimer} should next be called; null when no timer is due
 * @param arm          the split arm taken ({@code "holdout"} for held-out customers); null before any split
 * @param awaiting     the idempotency key of an action whose result the run waits for ({@code onActionResult})
 * @param variables    values for templates, e.g. {@code coupon_code}
 * @param sequence     how many steps the run has entered (makes idempotency keys unique when a step repeats)
 * @param converted    whether the conversion goal was met
 * @param exitReason   why the run exited; null while active
 */
public record JourneyRun(String runId, JourneyId journeyId, int version, String customerKey, String stepId,
                         Instant enteredAt, Instant stepAt, Instant wakeAt, String arm, String awaiting,
                         Map<String, String> variables, long sequence, boolean converted, String exitReason) {
    public JourneyRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(enteredAt, "enteredAt");
        variables = Map.copyOf(variables);
    }

    /** Whether the customer is still in the journey (not exited). */
    public boolean active() {
        return exitReason == null;
    }

    /** Whether the customer was held out by a split (gets no actions). */
    public boolean holdout() {
        return Splits.HOLDOUT.equals(arm);
    }

    JourneyRun at(String step, Instant now, Instant wake) {
        return new JourneyRun(runId, journeyId, version, customerKey, step, enteredAt, now, wake, arm, awaiting,
                variables, step == null ? sequence : sequence + 1, converted, exitReason);
    }

    JourneyRun waking(Instant wake) {
        return new JourneyRun(runId, journeyId, version, customerKey, stepId, enteredAt, stepAt, wake, arm, awaiting,
                variables, sequence, converted, exitReason);
    }

    JourneyRun withArm(String newArm) {
        return new JourneyRun(runId, journeyId, version, customerKey, stepId, enteredAt, stepAt, wakeAt, newArm,
                awaiting, variables, sequence, converted, exitReason);
    }

    JourneyRun awaiting(String key) {
        return new JourneyRun(runId, journeyId, version, customerKey, stepId, enteredAt, stepAt, wakeAt, arm, key,
                variables, sequence, converted, exitReason);
    }

    JourneyRun withVariables(Map<String, String> vars) {
        return new JourneyRun(runId, journeyId, version, customerKey, stepId, enteredAt, stepAt, wakeAt, arm, awaiting,
                vars, sequence, converted, exitReason);
    }

    JourneyRun convertedNow() {
        return new JourneyRun(runId, journeyId, version, customerKey, stepId, enteredAt, stepAt, wakeAt, arm, awaiting,
                variables, sequence, true, exitReason);
    }

    JourneyRun exited(String reason, Instant wake) {
        return new JourneyRun(runId, journeyId, version, customerKey, null, enteredAt, stepAt, wake, arm, null,
                variables, sequence, converted, reason);
    }
}
