package io.marketpilot.automation.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Moves the runs waiting in one version of a journey to another version, all or none. Pure: the engine loads the
 * runs, writes the planned transitions in one transaction and logs each {@link JourneyEffect.Migrated}.
 *
 * <p>Rules. A run waiting in step {@code s} goes to {@code stepMap.get(s)}, else to the step of the same id. The
 * migration is refused, listing every blocking step with its run count, when a step has no target in the new
 * version, when the target cannot hold the run (a waiting run needs a wait, wait-until or wait-for-event step; a
 * run waiting for its coupon needs an issue-coupon step; a held-out run needs a split) or when the new version sets
 * a journey variable ({@code coupon_code}) on every path to the target that the run does not have.
 *
 * <p>Timers. A run keeps its wake-up when the target has the same timing (same kind and duration, local time — in
 * the same journey zone — or timeout); otherwise the wake-up is recomputed from when the run entered its step with
 * the new step's timing, and one already past fires at the next pass. A run waiting for a coupon keeps its retry
 * time and key; a held-out run wakes at the end of the new version's attribution window.
 *
 * <p>Exactly once. A run keeps its id and step sequence, so the keys of its next actions
 * ({@code journey:version:run:step:sequence}, with a sequence above every one it used) are new, and the actions it
 * already performed are never decided again; an awaited coupon keeps its key, so it is issued once.
 */
public final class JourneyMigration {
    private JourneyMigration() {}

    /**
     * Plans the migration of {@code runs} (active runs of {@code from}) to {@code to}; {@code views} gives each
     * customer's view (their zone, for wait-until steps).
     */
    public static MigrationPlan plan(JourneyDefinition from, JourneyDefinition to, Map<String, String> stepMap,
                                     List<JourneyRun> runs, Instant now, Function<String, CustomerView> views) {
        if (!from.id().equals(to.id()) || from.version() == to.version()) {
            throw new IllegalArgumentException("a migration goes between two versions of one journey, found "
                    + from.id() + " v" + from.version() + " and " + to.id() + " v" + to.version());
        }
        Map<String, List<JourneyRun>> byStep = new LinkedHashMap<>();
        from.steps().keySet().forEach(s -> byStep.put(s, new ArrayList<>()));
        for (JourneyRun run : runs) {
            if (!run.journeyId().equals(from.id()) || run.version() != from.version() || !run.active()
                    || !byStep.containsKey(run.stepId())) {
                throw new IllegalArgumentException("run " + run.runId() + " is not waiting in a step of "
                        + from.id() + " v" + from.version());
            }
            byStep.get(run.stepId()).add(run);
        }
        List<MigrationPlan.Blocker> blockers = new ArrayList<>(MigrationRules.badMappings(from, to, stepMap, byStep));
        Map<String, Set<String>> variables = VariableCheck.available(to.steps(), to.entry());
        byStep.forEach((step, waiting) -> {
            String target = stepMap.getOrDefault(step, step);
            if (!waiting.isEmpty() && (!stepMap.containsKey(step) || to.steps().containsKey(target))) {
                blockers.addAll(MigrationRules.check(from, to, step, target, waiting, variables));
            }
        });
        if (!blockers.isEmpty()) {
            return new MigrationPlan.Refused(blockers);
        }
        List<MigrationPlan.Move> moves = new ArrayList<>(runs.size());
        for (JourneyRun run : runs) {
            Step old = from.step(run.stepId());
            Step next = to.step(stepMap.getOrDefault(run.stepId(), run.stepId()));
            Instant wake = MigrationRules.wake(from, to, old, next, run, now, views.apply(run.customerKey()));
            JourneyRun after = new JourneyRun(run.runId(), run.journeyId(), to.version(), run.customerKey(), next.id(),
                    run.enteredAt(), run.stepAt(), wake, run.arm(), run.awaiting(), run.variables(), run.sequence(),
                    run.converted(), null);
            List<JourneyEffect> fx = List.of(
                    new JourneyEffect.Migrated(from.version(), old.id(), to.version(), next.id(), wake, now),
                    new JourneyEffect.WakeAt(wake));
            moves.add(new MigrationPlan.Move(run, new Transition(run.runId(), after, fx),
                    !Objects.equals(wake, run.wakeAt())));
        }
        return new MigrationPlan.Planned(moves);
    }
}
