package io.marketpilot.automation.journey;

import java.time.Instant;
import java.util.Objects;

/** What a transition asks the engine to do or record, in order. */
public sealed interface JourneyEffect {

    /** Perform {@code action} exactly once per {@code idempotencyKey} (journeyId:v{version}:runId:stepId:sequence). */
    record Perform(JourneyAction action, String idempotencyKey, String stepId) implements JourneyEffect {
        public Perform {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    /** An action step was passed without acting (holdout, uplift below the threshold), and why. */
    record Skipped(String stepId, String reason) implements JourneyEffect {}

    /** Call {@link JourneyMachine#onTimer} for this run at {@code at}. */
    record WakeAt(Instant at) implements JourneyEffect {}

    /** The customer entered the journey. */
    record Entered(Instant at) implements JourneyEffect {}

    /** The run entered a step. */
    record StepEntered(String stepId, Instant at) implements JourneyEffect {}

    /** A split assigned an arm ({@code "holdout"} for held-out customers). */
    record ArmAssigned(String stepId, String arm, Instant at) implements JourneyEffect {}

    /** The conversion goal was met within the attribution window. */
    record Converted(Instant at) implements JourneyEffect {}

    /**
     * The run was moved from {@code fromStep} of version {@code fromVersion} to {@code toStep} of
     * {@code toVersion} (an explicit migration); its timer is now {@code wakeAt}.
     */
    record Migrated(int fromVersion, String fromStep, int toVersion, String toStep, Instant wakeAt, Instant at)
            implements JourneyEffect {}

    /** The customer left the journey (an exit step, an exit rule, the end of a holdout). */
    record Exited(String reason, Instant at) implements JourneyEffect {}
}
