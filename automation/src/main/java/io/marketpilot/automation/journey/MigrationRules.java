package io.marketpilot.automation.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The checks and timer rules of {@link JourneyMigration}, one blocker per problem. */
final class MigrationRules {
    private MigrationRules() {}

    /** Map entries naming a step the old version lacks, or a target the new version lacks. */
    static List<MigrationPlan.Blocker> badMappings(JourneyDefinition from, JourneyDefinition to,
                                                   Map<String, String> stepMap, Map<String, List<JourneyRun>> byStep) {
        List<MigrationPlan.Blocker> out = new ArrayList<>();
        for (var e : new java.util.TreeMap<>(stepMap).entrySet()) {
            if (!from.steps().containsKey(e.getKey())) {
                out.add(new MigrationPlan.Blocker(e.getKey(), 0, "the map names step \"" + e.getKey() + "\", which v"
                        + from.version() + " does not have; its steps are " + from.steps().keySet()));
            } else if (!to.steps().containsKey(e.getValue())) {
                out.add(new MigrationPlan.Blocker(e.getKey(), byStep.get(e.getKey()).size(), "mapped to \""
                        + e.getValue() + "\", which v" + to.version() + " does not have; its steps are "
                        + to.steps().keySet()));
            }
        }
        return out;
    }

    /** Why the runs {@code waiting} at {@code step} cannot move to {@code target}; empty when they can. */
    static List<MigrationPlan.Blocker> check(JourneyDefinition from, JourneyDefinition to, String step, String target,
                                             List<JourneyRun> waiting, Map<String, Set<String>> variables) {
        String v = "v" + to.version();
        if (!to.steps().containsKey(target)) {
            return List.of(new MigrationPlan.Blocker(step, waiting.size(), v + " has no step \"" + step
                    + "\"; map it to one of " + v + "'s steps " + to.steps().keySet()));
        }
        Step next = to.step(target);
        List<MigrationPlan.Blocker> out = new ArrayList<>();
        long coupon = waiting.stream().filter(r -> r.awaiting() != null).count();
        long holdout = waiting.stream().filter(r -> r.awaiting() == null && r.holdout()).count();
        long parked = waiting.size() - coupon - holdout;
        if (coupon > 0 && !(next instanceof Step.Act a && a.action() instanceof JourneyAction.IssueCoupon)) {
            out.add(new MigrationPlan.Blocker(step, coupon, "these runs wait for the coupon issued at \"" + step
                    + "\"; " + v + "'s \"" + target + "\" is " + kind(next) + ", not an issue_coupon step"));
        }
        if (holdout > 0 && !(next instanceof Step.Split)) {
            out.add(new MigrationPlan.Blocker(step, holdout, "these held-out runs wait at split \"" + step
                    + "\" for the end of the attribution window; " + v + "'s \"" + target + "\" is " + kind(next)
                    + ", not a split"));
        }
        if (parked > 0 && !next.waits()) {
            out.add(new MigrationPlan.Blocker(step, parked, v + "'s \"" + target + "\" is " + kind(next)
                    + ", where no run waits; map \"" + step + "\" to a wait, wait_until or wait_for_event step"));
        }
        Set<String> needed = variables.getOrDefault(target, Set.of());
        long lacking = waiting.stream().filter(r -> !r.variables().keySet().containsAll(needed)).count();
        if (lacking > 0) {
            out.add(new MigrationPlan.Blocker(step, lacking, v + " sets " + new TreeSet<>(needed)
                    + " on every path to \"" + target + "\" (later steps may use them), which these runs do not have;"
                    + " map \"" + step + "\" to a step before the coupon is issued"));
        }
        return out;
    }

    /** The run's wake-up at {@code next}: kept when the timing is the same, else recomputed from its step entry. */
    static Instant wake(JourneyDefinition from, JourneyDefinition to, Step old, Step next, JourneyRun run,
                        Instant now, CustomerView view) {
        if (run.awaiting() != null) {
            return run.wakeAt(); // the coupon's retry, with the same key
        }
        boolean sameTiming = switch (next) {
            case Step.Wait w -> old instanceof Step.Wait o && o.duration().equals(w.duration());
            case Step.WaitUntil u -> old instanceof Step.WaitUntil o && o.at().equals(u.at())
                    && from.zone().equals(to.zone());
            case Step.WaitForEvent w -> old instanceof Step.WaitForEvent o && o.timeout().equals(w.timeout());
            default -> false;
        };
        if (sameTiming && run.wakeAt() != null) {
            return run.wakeAt();
        }
        Instant since = run.stepAt() == null ? run.enteredAt() : run.stepAt();
        Instant computed = switch (next) {
            case Step.Wait w -> since.plus(w.duration());
            case Step.WaitUntil u -> LocalTimes.nextAfter(since, u.at(), view.zone().orElse(to.zone()));
            case Step.WaitForEvent w -> since.plus(w.timeout());
            case Step.Split s -> to.goal() == null ? now : to.goal().windowEnd(run.enteredAt());
            default -> throw new IllegalStateException("no run waits at " + next.id());
        };
        return computed.isBefore(now) ? now : computed;
    }

    private static String kind(Step s) {
        return switch (s) {
            case Step.Wait w -> "a wait step";
            case Step.WaitUntil w -> "a wait_until step";
            case Step.WaitForEvent w -> "a wait_for_event step";
            case Step.Branch b -> "a branch";
            case Step.Split sp -> "a split";
            case Step.Act a -> "a " + switch (a.action()) {
                case JourneyAction.SendMessage m -> "send_message";
                case JourneyAction.IssueCoupon c -> "issue_coupon";
                case JourneyAction.CallWebhook w -> "call_webhook";
                case JourneyAction.SetTrait t -> "set_trait";
                case JourneyAction.SegmentMembership m -> m.add() ? "add_to_segment" : "remove_from_segment";
            } + " step";
            case Step.Exit x -> "an exit";
        };
    }
}
