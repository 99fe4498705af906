package io.marketpilot.automation.journey;

import io.marketpilot.core.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal engine for tests: keeps runs in memory, enters customers on triggering events (through the entry
 * policy), fires timers in time order, answers coupon issues at once, and records every transition's effects.
 */
final class Driver {
    private JourneyDefinition d;
    private final Map<Integer, JourneyDefinition> versions = new LinkedHashMap<>();
    private final JourneyMachine machine = new JourneyMachine();
    private final CustomerView view;
    final Map<String, JourneyRun> runs = new LinkedHashMap<>();
    final Map<String, List<Instant>> entries = new LinkedHashMap<>();
    final List<JourneyEffect> log = new ArrayList<>();
    final Map<String, List<JourneyEffect>> byRun = new LinkedHashMap<>();
    final List<JourneyEffect.Perform> performed = new ArrayList<>();
    final JourneyStats stats = new JourneyStats();
    int transitions;
    /** When set, a coupon is answered only by {@link #answer} (so runs may be found waiting for one, retrying). */
    boolean answerLater;
    final Set<String> awaited = new java.util.HashSet<>();
    private final Map<String, String> unanswered = new LinkedHashMap<>(); // run id -> awaited key

    Driver(JourneyDefinition d, CustomerView view) {
        this.d = d;
        this.view = view;
        versions.put(d.version(), d);
    }

    /** Fires every timer due up to {@code now}, in time order, then handles the event at {@code now}. */
    void event(Event e, Instant now) {
        advanceTo(now);
        String customer = e.actorKey();
        for (JourneyRun run : List.copyOf(runs.values())) {
            if (run.customerKey().equals(customer)) {
                apply(run, machine.onEvent(of(run), run, e, now, view), now);
            }
        }
        if (Triggers.triggeredBy(d, e, item -> Set.of())) {
            boolean active = runs.values().stream().anyMatch(r -> r.customerKey().equals(customer) && r.active());
            List<Instant> before = entries.getOrDefault(customer, List.of());
            EntryHistory history = new EntryHistory(before.size(), before.isEmpty() ? null : before.getLast(), active);
            long activeRuns = runs.values().stream().filter(JourneyRun::active).count();
            // like the runtime: one entry per customer and instant (a second one would reuse the run id)
            boolean enteredNow = byRun.containsKey(RunIds.of(d.id(), d.version(), customer, now));
            if (!enteredNow && EntryPolicy.mayEnter(d, history, activeRuns, now).allowed()) {
                entries.computeIfAbsent(customer, k -> new ArrayList<>()).add(now);
                apply(null, machine.enter(d, customer, now, view), now);
            }
        }
    }

    /** Answers the coupons runs wait for (those runs that still wait for that key). */
    void answer(Instant now) {
        Map<String, String> due = new LinkedHashMap<>(unanswered);
        unanswered.clear();
        due.forEach((runId, key) -> {
            JourneyRun run = runs.get(runId);
            if (run != null && key.equals(run.awaiting())) {
                apply(run, machine.onActionResult(of(run), run, new ActionResult.CouponIssued(key, "CODE-"
                        + Math.abs(key.hashCode() % 10_000), "10% off"), now, view), now);
            }
        });
    }

    void advanceTo(Instant now) {
        while (true) {
            JourneyRun due = runs.values().stream().filter(r -> r.wakeAt() != null && !r.wakeAt().isAfter(now))
                    .min(Comparator.comparing(JourneyRun::wakeAt).thenComparing(JourneyRun::runId)).orElse(null);
            if (due == null) {
                return;
            }
            apply(due, machine.onTimer(of(due), due, due.wakeAt(), view), due.wakeAt());
        }
    }

    private JourneyDefinition of(JourneyRun run) {
        return versions.get(run.version());
    }

    /** Applies a planned migration to {@code to}, which new customers enter from now on. */
    void migrate(JourneyDefinition to, MigrationPlan.Planned plan, Instant now) {
        versions.put(to.version(), to);
        d = to;
        for (MigrationPlan.Move m : plan.moves()) {
            apply(m.before(), m.transition(), now);
        }
    }

    private void apply(JourneyRun before, Transition t, Instant now) {
        transitions++;
        String runId = t.runId();
        if (before != null) {
            runs.remove(before.runId());
        }
        log.addAll(t.effects());
        stats.addAll(runId, t.effects());
        byRun.computeIfAbsent(runId, k -> new ArrayList<>()).addAll(t.effects());
        performed.addAll(t.performs());
        if (t.run() != null) {
            runs.put(t.run().runId(), t.run());
            JourneyRun run = t.run();
            for (JourneyEffect.Perform p : t.performs()) {
                if (p.idempotencyKey().equals(run.awaiting())) {
                    awaited.add(p.idempotencyKey());
                    if (answerLater) {
                        unanswered.put(run.runId(), p.idempotencyKey());
                        return;
                    }
                    String code = "CODE-" + Math.abs(p.idempotencyKey().hashCode() % 10_000);
                    apply(run, machine.onActionResult(of(run), run, new ActionResult.CouponIssued(p.idempotencyKey(), code,
                            "10% off"), now, view), now);
                    return;
                }
            }
        }
    }
}
