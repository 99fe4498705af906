package io.marketpilot.cli;

import io.marketpilot.engine.ProgressSink;
import io.marketpilot.recommend.evaluation.EvaluationRun;
import java.io.PrintWriter;
import java.util.Locale;

/** One self-overwriting progress line on stderr for reading, tuning, training and evaluating. */
final class EvaluationProgress implements ProgressSink, EvaluationRun.Listener {
    private final PrintWriter err;
    private final boolean tty = System.console() != null;
    private String last = "";
    private long lastPrint;

    EvaluationProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(String stage, long done, long total) {
        show(String.format(Locale.ROOT, "%s %,d rows", stage, done), total >= 0);
    }

    @Override
    public void progress(String model, String stage, double fraction) {
        show(String.format(Locale.ROOT, "%-18s %-8s %3.0f%%", model, stage, fraction * 100), fraction >= 1);
    }

    private void show(String line, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPrint < 500_000_000L) {
            return;
        }
        lastPrint = now;
        if (tty) {
            err.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
        } else if (force) {
            err.println(line);
        }
        last = line;
        err.flush();
    }

    void done() {
        if (tty) {
            err.println();
            err.flush();
        }
    }
}
