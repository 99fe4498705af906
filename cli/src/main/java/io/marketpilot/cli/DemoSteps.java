package io.marketpilot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The demo's steps in order, each with its time and a note on what it did; printed as they finish. */
final class DemoSteps {
    record Step(String name, long millis, String note) {}

    /** Thrown when a step fails; names the step for the smoke summary. */
    static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String step;

        StepFailed(String step, Throwable cause) {
            super(step + ": " + cause.getMessage(), cause);
            this.step = step;
        }
    }

    private final PrintWriter human;
    private final Runnable beforePrint;
    private final List<Step> done = new ArrayList<>();

    /** {@code beforePrint} runs before each step line, e.g. to end a progress bar's line. */
    DemoSteps(PrintWriter human, Runnable beforePrint) {
        this.human = human;
        this.beforePrint = beforePrint;
    }

    /** Runs one step; {@code note} describes its result in a few words. */
    <T> T run(String name, Supplier<T> work, Function<T, String> note) {
        long start = System.nanoTime();
        T result;
        try {
            result = work.get();
        } catch (StepFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StepFailed(name, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = note.apply(result);
        done.add(new Step(name, millis, text));
        beforePrint.run();
        human.printf(Locale.ROOT, "  %-18s %8.1f s  %s%n", name, millis / 1000.0, text);
        human.flush();
        return result;
    }

    void skipped(String name, String why) {
        done.add(new Step(name, 0, "skipped: " + why));
        beforePrint.run();
        human.printf(Locale.ROOT, "  %-18s %8s    skipped: %s%n", name, "-", why);
        human.flush();
    }

    /** {@code [{"name":…,"millis":…,"note":…}, …]} for the smoke summary. */
    List<Map<String, Object>> asJson() {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Step s : done) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("millis", s.millis());
            m.put("note", s.note());
            steps.add(m);
        }
        return steps;
    }
}
