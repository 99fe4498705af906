package io.marketpilot.cli;

import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.engine.Engine;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code models list | activate VERSION | rollback}: the recommendation model registry. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Lists saved recommendation model versions, activates one, or rolls back to the previous one.")
final class ModelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, activate or rollback")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VERSION", description = "the version to activate")
    Long version;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = data.openExisting()) {
            switch (action) {
                case "list" -> engine.recommendationModels().versions().forEach(v -> print(out, v));
                case "activate" -> {
                    if (version == null) {
                        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                                "activate needs a VERSION (see `models list`)");
                    }
                    engine.recommendationModels().activate(version, "activated from the command line");
                    out.println("now serving " + engine.recommendationModel().orElseThrow());
                }
                case "rollback" -> {
                    engine.recommendationModels().rollback();
                    out.println("now serving " + engine.recommendationModel().orElseThrow());
                }
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown action '" + action + "': expected list, activate or rollback");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, ModelVersion v) {
        out.printf(Locale.ROOT, "%-22s %-9s saved %s  NDCG@10 %.4f%s%n", v.label(),
                v.status().name().toLowerCase(Locale.ROOT), v.savedAt(),
                v.provenance().metrics().getOrDefault("NDCG@10", Double.NaN),
                v.note().map(n -> "  (" + n + ")").orElse(""));
    }
}
