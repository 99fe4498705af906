package io.marketpilot.automation.journey;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one input for run {@code runId} (also when the run is over, to log its effects under it): the
 * run's new state ({@code run == null} when it is over: nothing more to wait for) and the ordered effects. A run that exited but still waits for its attribution window has
 * {@code run.active() == false} and a {@code wakeAt}.
 */
public record Transition(String runId, JourneyRun run, List<JourneyEffect> effects) {
    public Transition {
        java.util.Objects.requireNonNull(runId, "runId");
        effects = List.copyOf(effects);
    }

    /** Whether the run is over and can be forgotten (apart from its log). */
    public boolean finished() {
        return run == null;
    }

    public Optional<JourneyRun> next() {
        return Optional.ofNullable(run);
    }

    /** The exit reason when this transition exited the run. */
    public Optional<String> exitReason() {
        return effects.stream().filter(JourneyEffect.Exited.class::isInstance).map(e -> ((JourneyEffect.Exited) e).reason())
                .findFirst();
    }

    /** The actions to perform, in order. */
    public List<JourneyEffect.Perform> performs() {
        return effects.stream().filter(JourneyEffect.Perform.class::isInstance).map(JourneyEffect.Perform.class::cast).toList();
    }
}
