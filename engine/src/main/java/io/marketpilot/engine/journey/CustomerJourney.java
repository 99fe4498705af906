package io.marketpilot.engine.journey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a customer is in one run of a journey and why: the version entered, the current step since when, what it
 * waits for (an event, a timer) and until when, the steps passed, and — once finished — the exit reason.
 */
public record CustomerJourney(String runId, String journeyId, int version, boolean active, String currentStep,
                              Instant since, Optional<String> waitingFor, Optional<Instant> until,
                              Instant enteredAt, List<PastStep> history, Optional<String> exitReason,
                              Optional<Instant> exitedAt) {
    public CustomerJourney {
        history = List.copyOf(history);
    }

    /** A step the run went through (or an action it took), and when. */
    public record PastStep(String kind, String step, String detail, Instant at) {
    }
}
