package io.marketpilot.automation.journey;

/** Where a customer is in a journey and why, in one sentence (for "GET /v1/customers/{id}/journeys"). */
public final class RunDescription {
    private RunDescription() {}

    public static String of(JourneyDefinition d, JourneyRun run) {
        if (!run.active()) {
            return "left the journey (" + run.exitReason() + "); a purchase until " + run.wakeAt()
                    + " still counts as a conversion";
        }
        if (run.holdout()) {
            return "held out at step " + run.stepId() + " (gets no messages) until " + run.wakeAt()
                    + ", to measure the journey's effect";
        }
        if (run.awaiting() != null) {
            return "at step " + run.stepId() + ", waiting for the result of action " + run.awaiting();
        }
        return switch (d.step(run.stepId())) {
            case Step.Wait w -> "at step " + w.id() + ", waiting " + w.duration() + " until " + run.wakeAt();
            case Step.WaitUntil u -> "at step " + u.id() + ", waiting until " + u.at() + " local time (" + run.wakeAt() + ")";
            case Step.WaitForEvent w -> "at step " + w.id() + ", waiting for " + describe(w.match()) + " until "
                    + run.wakeAt() + " (then " + w.onTimeout() + ")";
            case Step other -> "at step " + other.id();
        };
    }

    private static String describe(EventMatch m) {
        String types = m.filter().types().isEmpty() ? "any event"
                : m.filter().types().stream().map(t -> t.wireName()).sorted().reduce((a, b) -> a + " or " + b).orElseThrow();
        return m.properties().isEmpty() && m.filter().items().isEmpty() && m.filter().categories().isEmpty() ? types
                : types + " (filtered)";
    }
}
