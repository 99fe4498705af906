package io.marketpilot.automation.journey;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one input: the run's new state ({@code run == null} when it is over: nothing more to wait for)
 * and the ordered effects. A run that exited but still waits for its attribution window has
 * {@code run.active() == false} and a {@code wakeAt}.
 */
public record Transition(JourneyRun run, List<JourneyEffect> effects) {
    public Transition {
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
