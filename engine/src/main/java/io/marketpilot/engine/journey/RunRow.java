package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyRun;
import java.time.Instant;

/**
 * One row of {@code journey_runs}: the machine's run state plus what the engine derived for queries — whether the
 * machine still holds it ({@code open}), what it waits for, and when it exited or converted.
 */
record RunRow(JourneyRun state, boolean open, String waitingFor, Instant exitedAt, Instant convertedAt) {
    String userId() {
        return state.customerKey();
    }

    boolean active() {
        return state.active();
    }

    /** The timer: the run's wake-up while the machine holds it. */
    Instant wakeAt() {
        return open ? state.wakeAt() : null;
    }
}
