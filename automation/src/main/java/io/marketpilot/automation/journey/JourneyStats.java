package io.marketpilot.automation.journey;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds a journey's log — the {@link JourneyEffect}s of its transitions, by run id, in order per run — into a
 * {@link JourneyReport}. {@code Perform}, {@code Skipped} and {@code WakeAt} are ignored. A run's group is its first
 * split arm: held out, or treated (every other run, including those that never reached a split; put the holdout
 * split first for an unbiased comparison). Not thread-safe; one fold per report.
 */
public final class JourneyStats {
    private static final class RunState {
        String step;
        String arm;
        String exitReason;
        boolean converted;
    }

    private final Map<String, RunState> runs = new HashMap<>();

    /** Adds one logged effect of run {@code runId}. */
    public JourneyStats add(String runId, JourneyEffect effect) {
        switch (effect) {
            case JourneyEffect.Entered e -> runs.putIfAbsent(runId, new RunState());
            case JourneyEffect.StepEntered s -> state(runId).step = s.stepId();
            case JourneyEffect.ArmAssigned a -> {
                RunState r = state(runId);
                r.arm = r.arm == null ? a.arm() : r.arm;
            }
            case JourneyEffect.Exited x -> {
                state(runId).exitReason = x.reason();
            }
            case JourneyEffect.Converted c -> state(runId).converted = true;
            case JourneyEffect.Perform p -> { }
            case JourneyEffect.Skipped s -> { }
            case JourneyEffect.WakeAt w -> { }
            case JourneyEffect.Migrated m -> state(runId).step = m.toStep();
        }
        return this;
    }

    /** Adds the effects of one transition of run {@code runId}, in order. */
    public JourneyStats addAll(String runId, Iterable<JourneyEffect> effects) {
        effects.forEach(e -> add(runId, e));
        return this;
    }

    private RunState state(String runId) {
        return runs.computeIfAbsent(runId, k -> new RunState());
    }

    public JourneyReport report() {
        Map<String, Long> inStep = new TreeMap<>();
        Map<String, Long> exited = new TreeMap<>();
        Map<String, long[]> arms = new TreeMap<>();
        long converted = 0;
        long[] treated = new long[2];
        long[] holdout = new long[2];
        for (RunState r : runs.values()) {
            if (r.exitReason != null) {
                exited.merge(r.exitReason, 1L, Long::sum);
            } else if (r.step != null) {
                inStep.merge(r.step, 1L, Long::sum);
            }
            int c = r.converted ? 1 : 0;
            converted += c;
            long[] group = Splits.HOLDOUT.equals(r.arm) ? holdout : treated;
            group[0]++;
            group[1] += c;
            if (r.arm != null) {
                long[] arm = arms.computeIfAbsent(r.arm, k -> new long[2]);
                arm[0]++;
                arm[1] += c;
            }
        }
        Map<String, JourneyReport.Group> armGroups = new TreeMap<>();
        arms.forEach((k, v) -> armGroups.put(k, new JourneyReport.Group(v[0], v[1])));
        return new JourneyReport(runs.size(), inStep, exited, converted, new JourneyReport.Group(treated[0], treated[1]),
                new JourneyReport.Group(holdout[0], holdout[1]), armGroups);
    }
}
