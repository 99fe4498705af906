package io.marketpilot.bench.sparkals;

import io.marketpilot.engine.ProgressSink;
import io.marketpilot.recommend.evaluation.EvaluationRun;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wall-clock seconds per model and stage (read, tune, train, evaluate) of one evaluation, from its progress calls:
 * the time since the previous call is charged to the stage of the current one, because stages report after work.
 * Prints a line to {@code err} as each stage of each model finishes.
 */
final class StageSeconds implements ProgressSink, EvaluationRun.Listener {
    private final PrintStream err;
    private final String label;
    private final Map<String, Map<String, Double>> seconds = new LinkedHashMap<>();
    private long last = System.nanoTime();

    StageSeconds(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void progress(String stage, long done, long total) {
        charge("(data)", "read", false);
    }

    @Override
    public void progress(String model, String stage, double fraction) {
        charge(model, stage, fraction >= 1);
    }

    private synchronized void charge(String model, String stage, boolean finished) {
        long now = System.nanoTime();
        seconds.computeIfAbsent(model, m -> new LinkedHashMap<>()).merge(stage, (now - last) / 1e9, Double::sum);
        last = now;
        if (finished) {
            err.printf(Locale.ROOT, "%s  %-18s %-8s %7.1f s%n", label, model, stage, seconds.get(model).get(stage));
        }
    }

    /** Seconds of {@code model} in {@code stage}, 0 when it never reported that stage. */
    synchronized double of(String model, String stage) {
        return seconds.getOrDefault(model, Map.of()).getOrDefault(stage, 0.0);
    }
}
