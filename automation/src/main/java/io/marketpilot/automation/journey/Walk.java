package io.marketpilot.automation.journey;

import java.time.Instant;
import java.util.List;

/** One transition's walk through steps that do not wait, collecting effects, until the run parks or exits. */
final class Walk {
    private final JourneyDefinition d;
    private final CustomerView view;
    private final Instant now;
    private final List<JourneyEffect> fx;

    Walk(JourneyDefinition d, CustomerView view, Instant now, List<JourneyEffect> fx) {
        this.d = d;
        this.view = view;
        this.now = now;
        this.fx = fx;
    }

    /** Enters {@code stepId} and goes on until a wait, an awaited action or an exit. */
    Transition from(JourneyRun run, String stepId) {
        String current = stepId;
        // a validated journey has no cycle without a wait: each step is passed at most once per walk
        for (int passed = 0; passed <= d.steps().size(); passed++) {
            Step step = d.step(current);
            run = run.at(current, now, null);
            fx.add(new JourneyEffect.StepEntered(current, now));
            switch (step) {
                case Step.Wait w -> {
                    return park(run, now.plus(w.duration()));
                }
                case Step.WaitUntil u -> {
                    return park(run, LocalTimes.nextAfter(now, u.at(), view.zone().orElse(d.zone())));
                }
                case Step.WaitForEvent w -> {
                    return park(run, now.plus(w.timeout()));
                }
                case Step.Branch b -> current = view.holds(b.condition(), now) ? b.then() : b.otherwise();
                case Step.Split s -> {
                    String arm = Splits.arm(d.id(), run.customerKey(), s);
                    run = run.withArm(arm);
                    fx.add(new JourneyEffect.ArmAssigned(s.id(), arm, now));
                    if (run.holdout()) {
                        return holdout(run);
                    }
                    current = s.arms().stream().filter(a -> a.name().equals(arm)).findFirst().orElseThrow().then();
                }
                case Step.Act a -> {
                    Actions.Decision decision = Actions.decide(d, run, a, view);
                    fx.add(decision.effect());
                    if (decision.awaits()) {
                        run = run.awaiting(((JourneyEffect.Perform) decision.effect()).idempotencyKey());
                        return park(run, now.plus(JourneyMachine.AWAIT_RETRY));
                    }
                    current = a.then();
                }
                case Step.Exit x -> {
                    return exit(run, x.reason());
                }
            }
        }
        throw new IllegalStateException("journey " + d.id() + " v" + d.version() + " loops without a wait at "
                + current + "; validate it with JourneyParser");
    }

    /** Repeats the awaited action's Perform with the same key (the engine answers it once). */
    Transition retry(JourneyRun run) {
        Step.Act act = (Step.Act) d.step(run.stepId());
        fx.add(new JourneyEffect.Perform(Actions.render(d, run, act.action(), view), run.awaiting(), act.id()));
        return park(run, now.plus(JourneyMachine.AWAIT_RETRY));
    }

    /** A held-out customer stays, without actions, until the attribution window ends (no goal: leaves now). */
    private Transition holdout(JourneyRun run) {
        if (d.goal() == null || !d.goal().windowEnd(run.enteredAt()).isAfter(now)) {
            return exit(run, "holdout");
        }
        return park(run, d.goal().windowEnd(run.enteredAt()));
    }

    private Transition park(JourneyRun run, Instant wake) {
        fx.add(new JourneyEffect.WakeAt(wake));
        return new Transition(run.runId(), run.waking(wake), fx);
    }

    /** Exits; the run stays (inactive) until its attribution window ends if it may still convert. */
    Transition exit(JourneyRun run, String reason) {
        fx.add(new JourneyEffect.Exited(reason, now));
        if (d.goal() != null && !run.converted() && d.goal().windowEnd(run.enteredAt()).isAfter(now)) {
            Instant end = d.goal().windowEnd(run.enteredAt());
            fx.add(new JourneyEffect.WakeAt(end));
            return new Transition(run.runId(), run.exited(reason, end), fx);
        }
        return new Transition(run.runId(), null, fx);
    }
}
