package io.marketpilot.automation.journey;

import io.marketpilot.core.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves one customer through one journey version. Pure and deterministic: the same definition, run, input and
 * customer view give the same transition. Steps that do not wait run at once, in one transition; a validated
 * definition has no loop without a wait, so each transition is finite. On every event the conversion goal is
 * checked first, then the exit rules, then the step logic.
 *
 * <p>The engine calls {@link #enter} for a customer the trigger and {@link EntryPolicy} let in, {@link #onEvent}
 * for every later event of the customer while the run exists (not for the event that caused the entry),
 * {@link #onTimer} at the run's {@code wakeAt}, and {@link #onActionResult} when an awaited action (issuing a
 * coupon) is done. It stores {@link Transition#run()} and performs the effects; when the transition is
 * {@link Transition#finished() finished} the run is over.
 */
public final class JourneyMachine {
    /** An awaited action's Perform is repeated (same key) if no result came back within this time. */
    static final Duration AWAIT_RETRY = Duration.ofMinutes(15);

    /** Enters the customer at the journey's entry step. */
    public Transition enter(JourneyDefinition d, String customerKey, Instant now, CustomerView view) {
        Objects.requireNonNull(customerKey, "customerKey");
        String runId = RunIds.of(d.id(), d.version(), customerKey, now);
        JourneyRun run = new JourneyRun(runId, d.id(), d.version(), customerKey, null, now, now, null, null, null,
                Map.of(), 0, false, null);
        List<JourneyEffect> fx = new ArrayList<>();
        fx.add(new JourneyEffect.Entered(now));
        return new Walk(d, view, now, fx).from(run, d.entry());
    }

    /** An event of the run's customer: conversion, then exit rules, then a waiting-for-event step. */
    public Transition onEvent(JourneyDefinition d, JourneyRun run, Event event, Instant now, CustomerView view) {
        check(d, run);
        List<JourneyEffect> fx = new ArrayList<>();
        ConversionGoal goal = d.goal();
        if (goal != null && !run.converted() && !event.timestamp().isBefore(run.enteredAt())
                && event.timestamp().isBefore(goal.windowEnd(run.enteredAt()))
                && goal.match().matches(event, view::categoriesOf)) {
            run = run.convertedNow();
            fx.add(new JourneyEffect.Converted(event.timestamp()));
        }
        if (!run.active()) {
            return new Transition(run.runId(), run.converted() ? null : run, fx); // only waiting to attribute a conversion
        }
        Walk walk = new Walk(d, view, now, fx);
        for (ExitRule rule : d.exitRules()) {
            if (rule.match().matches(event, view::categoriesOf)) {
                return walk.exit(run, rule.reason());
            }
        }
        if (run.awaiting() == null && d.step(run.stepId()) instanceof Step.WaitForEvent w
                && !run.holdout() && w.match().matches(event, view::categoriesOf)) {
            return walk.from(run, w.onEvent());
        }
        return new Transition(run.runId(), run, fx);
    }

    /** The run's timer: a wait ends, a wait-for-event times out, a holdout or attribution window ends. */
    public Transition onTimer(JourneyDefinition d, JourneyRun run, Instant now, CustomerView view) {
        check(d, run);
        if (run.wakeAt() == null || now.isBefore(run.wakeAt())) {
            return new Transition(run.runId(), run, List.of()); // early or spurious: nothing is due
        }
        if (!run.active()) {
            return new Transition(run.runId(), null, List.of());
        }
        Walk walk = new Walk(d, view, now, new ArrayList<>());
        if (run.awaiting() != null) {
            return walk.retry(run);
        }
        return switch (d.step(run.stepId())) {
            case Step.Wait w -> walk.from(run, w.then());
            case Step.WaitUntil u -> walk.from(run, u.then());
            case Step.WaitForEvent w -> walk.from(run, w.onTimeout());
            case Step.Split s when run.holdout() -> walk.exit(run, "holdout window ended");
            default -> throw new IllegalStateException("run " + run.runId() + " has a timer at step " + run.stepId()
                    + ", which does not wait");
        };
    }

    /** The result of an awaited action; a result for another key (a stale retry) changes nothing. */
    public Transition onActionResult(JourneyDefinition d, JourneyRun run, ActionResult result, Instant now,
                                     CustomerView view) {
        check(d, run);
        if (!run.active() || run.awaiting() == null || !run.awaiting().equals(result.idempotencyKey())) {
            return new Transition(run.runId(), run, List.of());
        }
        Walk walk = new Walk(d, view, now, new ArrayList<>());
        Step.Act act = (Step.Act) d.step(run.stepId());
        return switch (result) {
            case ActionResult.CouponIssued c -> {
                Map<String, String> vars = new java.util.LinkedHashMap<>(run.variables());
                vars.put("coupon_code", c.code());
                vars.put("coupon_text", c.text() == null ? "" : c.text());
                yield walk.from(run.awaiting(null).withVariables(vars), act.then());
            }
            case ActionResult.Failed f -> walk.exit(run.awaiting(null), "action failed at " + act.id() + ": " + f.reason());
        };
    }

    /** The event an active run waits for at a wait-for-event step (exit rules and the goal apply besides). */
    public Optional<EventMatch> waitingFor(JourneyDefinition d, JourneyRun run) {
        check(d, run);
        if (run.active() && run.awaiting() == null && !run.holdout()
                && d.step(run.stepId()) instanceof Step.WaitForEvent w) {
            return Optional.of(w.match());
        }
        return Optional.empty();
    }

    private static void check(JourneyDefinition d, JourneyRun run) {
        if (!d.id().equals(run.journeyId()) || d.version() != run.version()) {
            throw new IllegalArgumentException("run " + run.runId() + " is in " + run.journeyId() + " v"
                    + run.version() + ", not in " + d.id() + " v" + d.version());
        }
    }
}
