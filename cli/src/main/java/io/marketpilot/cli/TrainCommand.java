package io.marketpilot.cli;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.recommend.TrainingOutcome;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code train}: trains the recommendation models on the stored events and prints what came out. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains recommendations on the stored events, saves them as the next model version, and "
            + "promotes them to serving unless their offline NDCG@10 is worse than the active version's.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        TrainingOutcome outcome;
        var progress = new EvaluationProgress(spec.commandLine().getErr());
        try (Engine engine = data.openExisting()) {
            outcome = engine.trainRecommendations(f -> progress.progress("recommender", "train", f));
        }
        progress.done();
        print(spec.commandLine().getOut(), outcome);
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, TrainingOutcome r) {
        out.printf(Locale.ROOT, "trained %s version %d in %.1f s: %s%n", r.model(), r.version(),
                r.took().toMillis() / 1000.0, r.promoted() ? "promoted, now serving" : "kept as a candidate");
        out.println("  why          " + r.reason());
        Provenance p = r.provenance();
        out.println("  seed         " + p.seed());
        out.println("  data         " + p.dataFingerprint());
        out.println("  code         " + p.codeVersion());
        out.println("  trained at   " + p.trainedAt());
        new TreeMap<>(p.config()).forEach((k, v) -> out.println("  config       " + k + " = " + v));
        new TreeMap<>(p.metrics()).forEach((k, v) -> out.printf(Locale.ROOT, "  metric       %s = %.4f%n", k, v));
        out.flush();
    }
}
