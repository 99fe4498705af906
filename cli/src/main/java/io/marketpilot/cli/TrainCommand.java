package io.marketpilot.cli;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.TrainingReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code train}: trains the recommendation model(s) on the stored events and prints what came out. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains recommendations on the stored events; the new model is used from now on.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        TrainingReport report;
        try (Engine engine = data.openExisting()) {
            report = engine.trainRecommendations();
        }
        print(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, TrainingReport r) {
        out.printf(Locale.ROOT, "trained %s version %d on %,d events and %,d items in %.1f s%n",
                r.model(), r.version(), r.events(), r.items(), r.took().toMillis() / 1000.0);
        Provenance p = r.provenance();
        if (p != null) {
            out.println("  algorithm    " + p.algorithm());
            out.println("  seed         " + p.seed());
            out.println("  data         " + p.dataFingerprint());
            out.println("  code         " + p.codeVersion());
            out.println("  trained at   " + p.trainedAt());
            new TreeMap<>(p.config()).forEach((k, v) -> out.println("  config       " + k + " = " + v));
            new TreeMap<>(p.metrics()).forEach((k, v) ->
                    out.printf(Locale.ROOT, "  metric       %s = %.4f%n", k, v));
        }
        out.flush();
    }
}
