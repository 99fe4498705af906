package io.marketpilot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.engine.EngineVersion;
import io.marketpilot.engine.evaluate.EvaluationJob;
import io.marketpilot.recommend.evaluation.EvaluationReport;
import io.marketpilot.recommend.evaluation.Protocol;
import io.marketpilot.recommend.registry.StandardAlgorithms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: offline top-N evaluation of the recommenders on an interaction file (EVALUATION.md §2). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates recommenders on an interaction file with a ranking protocol of EVALUATION.md "
            + "(full ranking; the popularity and recent-popularity baselines always run) and writes JSON.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--interactions", required = true, paramLabel = "FILE",
            description = "Interaction file or directory (canonical CSV by default; see --format).")
    Path interactions;

    @Option(names = "--format", defaultValue = "canonical",
            description = "Input format: canonical, uci-online-retail, movielens, instacart, csv, jsonl (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--protocol", defaultValue = "loo", description = "loo or time-split (default ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--cutoff", description = "time-split only: cut at this instant (ISO-8601) instead of the 80%% quantile.")
    Instant cutoff;

    @Option(names = "--k", defaultValue = "10", description = "Cutoff of the top-N metrics (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--models", split = ",", description = "Models to evaluate besides the baselines (default: all).")
    List<String> models;

    @Option(names = "--types", split = ",", description = "Event types to keep (default: all; uci-online-retail and instacart: purchase).")
    List<String> types;

    @Option(names = "--known-users-only", negatable = true,
            description = "Leave out anonymous visitors' events (default: on for uci-online-retail, whose canonical "
                + "conversion keeps rows with a CustomerID; off otherwise).")
    Boolean knownUsersOnly;

    @Option(names = "--hybrid", split = ",", paramLabel = "MODELS",
            description = "Models the hybrid blends (default: ials,ease,session-knn,item-knn,user-knn,"
                + "recent-popularity).")
    List<String> hybrid;

    @Option(names = "--tune", description = "Search hyper-parameters on a validation split carved from the training data.")
    boolean tune;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Training threads (default: all cores).")
    Integer threads;

    @Option(names = "--dataset", description = "Name written into the report (default: the file name).")
    String dataset;

    @Option(names = "--skip-invalid", description = "Evaluate the valid rows when some are bad (default: fail).")
    boolean skipInvalid;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON report here (default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (k <= 0) {
            throw new IllegalArgumentException("--k must be a positive number, was " + k);
        }
        var job = new EvaluationJob(Clock.systemUTC(), EngineVersion.current());
        var names = models == null ? EvaluationDefaults.models() : models;
        var request = new EvaluationJob.Request(interactions, format,
            dataset != null ? dataset : defaultName(), Protocol.parse(protocol, Optional.ofNullable(cutoff)), k, names,
            types != null ? types : EvaluationDefaults.types(format),
            knownUsersOnly != null ? knownUsersOnly : EvaluationDefaults.knownUsersOnly(format), tune, seed,
            threads != null ? threads : Runtime.getRuntime().availableProcessors(), skipInvalid,
            hybrid != null ? hybrid : StandardAlgorithms.HYBRID_COMPONENTS);
        var progress = new EvaluationProgress(spec.commandLine().getErr());
        EvaluationReport report = job.run(request, progress, progress);
        progress.done();
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).writeValueAsString(report);
        if (output != null) {
            Files.writeString(output, json + "\n");
            EvaluationTable.print(spec.commandLine().getOut(), report);
            spec.commandLine().getOut().println("report written to " + output);
        } else {
            spec.commandLine().getOut().println(json);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private String defaultName() {
        Path name = interactions.toAbsolutePath().normalize().getFileName();
        return name == null ? interactions.toString() : name.toString();
    }
}
