package io.marketpilot.cli;

import io.marketpilot.engine.ProgressSink;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress of long work: a redrawn bar on stderr when stderr is a terminal, otherwise one log line
 * about every ten seconds (so CI logs and redirected output stay readable).
 */
final class ImportProgress implements ProgressSink, AutoCloseable {
    /** Set to {@code true} by bin/marketpilot when stderr is a terminal ({@code [ -t 2 ]}). */
    static final String TTY_PROPERTY = "marketpilot.stderr.tty";

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
    private static final long LOG_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int BAR = 28;

    private final PrintWriter terminal;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private String stage;
    private long stageStarted = started;
    private boolean drawn;

    private ImportProgress(PrintWriter terminal) {
        this.terminal = terminal;
    }

    static ImportProgress forStderr(PrintWriter err) {
        return new ImportProgress(Boolean.getBoolean(TTY_PROPERTY) ? err : null);
    }

    @Override
    public synchronized void progress(String stageName, long done, long total) {
        long now = System.nanoTime();
        if (!stageName.equals(stage)) {
            finishLine();
            stage = stageName;
            stageStarted = now;
        }
        boolean finished = total >= 0 && done >= total;
        long interval = terminal != null ? REDRAW_NANOS : LOG_NANOS;
        if (now - lastShown < interval && !(finished && terminal != null)) {
            return;
        }
        lastShown = now;
        double elapsed = (now - stageStarted) / 1e9;
        // a rate over the first fraction of a second says nothing
        double rate = elapsed < 0.5 ? Double.NaN : done / elapsed;
        if (terminal != null) {
            terminal.print("\r" + bar(stageName, done, total, rate) + "\u001b[K");
            terminal.flush();
            drawn = true;
        } else {
            log.atInfo().setMessage("progress").addKeyValue("stage", stageName).addKeyValue("done", done)
                    .addKeyValue("total", total).addKeyValue("per_s", Double.isNaN(rate) ? 0 : Math.round(rate)).log();
        }
    }

    static String bar(String stage, long done, long total, double rate) {
        String perSecond = Double.isNaN(rate) ? "" : String.format(Locale.ROOT, "%,.0f/s", rate);
        if (total <= 0) {
            return String.format(Locale.ROOT, "  %-10s %,14d  %12s", stage, done, perSecond);
        }
        double fraction = Math.min(1.0, done / (double) total);
        int filled = (int) Math.round(fraction * BAR);
        return String.format(Locale.ROOT, "  %-10s [%s%s] %3.0f%%  %,d/%,d  %s", stage,
                "#".repeat(filled), ".".repeat(BAR - filled), fraction * 100, done, total, perSecond);
    }

    /** Ends a drawn bar's line so other output starts on a fresh one. */
    synchronized void finishLine() {
        if (drawn) {
            terminal.println();
            terminal.flush();
            drawn = false;
        }
    }

    @Override
    public synchronized void close() {
        finishLine();
    }
}
