package io.marketpilot.engine.evaluate;

import io.marketpilot.engine.ProgressSink;
import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.evaluation.EvaluationReport;
import io.marketpilot.recommend.evaluation.EvaluationRun;
import io.marketpilot.recommend.evaluation.Protocol;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.registry.StandardAlgorithms;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * {@code evaluate}: an interaction file in, a report out. Reads the file (any import format), keeps the chosen event
 * types, and runs the protocol over the baselines and the requested models.
 */
public final class EvaluationJob {
    /** Validation users scored per tuning trial: enough for a stable NDCG, bounded time on big files. */
    public static final int MAX_VALIDATION_USERS = 3000;

    /** Everything {@code evaluate} was asked. */
    public record Request(Path interactions, String format, String dataset, Protocol protocol, int k,
                          List<String> models, List<String> types, boolean knownUsersOnly, boolean tune, long seed,
                          int threads, boolean skipInvalid, List<String> hybridComponents) {
        public Request {
            hybridComponents = List.copyOf(hybridComponents);
            Objects.requireNonNull(interactions, "interactions");
            models = List.copyOf(models);
            types = List.copyOf(types);
        }
    }

    private final Clock clock;
    private final String codeVersion;

    public EvaluationJob(Clock clock, String codeVersion) {
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    public EvaluationReport run(Request request, ProgressSink progress, EvaluationRun.Listener listener) {
        return run(request, progress, listener, List.of());
    }

    /** As {@link #run(Request, ProgressSink, EvaluationRun.Listener)}, with extra algorithms (peers in benchmarks). */
    public EvaluationReport run(Request request, ProgressSink progress, EvaluationRun.Listener listener,
                                List<Algorithm<?>> extra) {
        InteractionFiles.Read read = new InteractionFiles(clock)
            .read(request.format(), request.interactions(), request.skipInvalid(), request.knownUsersOnly(), progress);
        InteractionLog log = read.log().filterTypes(request.types());
        if (log.size() == 0) {
            throw new IllegalArgumentException("no interactions of type(s) " + request.types() + " in "
                + request.interactions() + "; types present: " + read.log().types());
        }
        Algorithms algorithms = StandardAlgorithms.create(read.itemTexts()::get, request.hybridComponents()).with(extra);
        TrainContext context = new TrainContext(request.seed(), request.threads(), f -> { }, codeVersion,
            clock.instant());
        var run = new EvaluationRun(algorithms, context, listener);
        return run.run(log, new EvaluationRun.Request(request.dataset(), request.protocol(), request.k(),
            request.models(), request.tune(), EventWeights.binary(), MAX_VALIDATION_USERS));
    }
}
