package io.marketpilot.recommend.evaluation;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.model.CompositeAlgorithm;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluation from log to report: split by the protocol, optionally tune every model on a validation split carved
 * from the training part with the same protocol (a composite learns its blend there too), train each model on the
 * whole training part, measure on the test users. The two baselines always run first.
 */
public final class EvaluationRun {
    /** Baselines that every report includes (EVALUATION.md §2). */
    public static final List<String> BASELINES = List.of("popularity", "recent-popularity");

    /**
     * What to evaluate.
     *
     * @param maxValidationUsers tuning scores at most this many validation users (evenly spaced), to bound time
     */
    public record Request(String dataset, Protocol protocol, int k, List<String> models, boolean tune,
                          EventWeights weights, int maxValidationUsers) {
        public Request {
            Objects.requireNonNull(dataset, "dataset");
            models = List.copyOf(models);
            if (k <= 0) {
                throw new IllegalArgumentException("k must be positive, was " + k);
            }
        }
    }

    /** Where a long evaluation reports what it is doing (model name, stage, fraction of the stage done). */
    public interface Listener {
        void progress(String model, String stage, double fraction);

        Listener NONE = (m, s, f) -> { };
    }

    private final Algorithms algorithms;
    private final TrainContext context;
    private final Listener listener;
    private final java.util.Map<String, AlgorithmConfig> chosen = new java.util.HashMap<>();

    public EvaluationRun(Algorithms algorithms, TrainContext context, Listener listener) {
        this.algorithms = algorithms;
        this.context = context;
        this.listener = listener;
    }

    public EvaluationReport run(InteractionLog log, Request request) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(concat(BASELINES, request.models())));
        names.forEach(algorithms::get); // fail on an unknown name before any work
        Split split = request.protocol().split(log, request.weights());
        if (split.users().length == 0) {
            throw new IllegalArgumentException("the " + split.protocol() + " split has no test users: the data needs "
                + "users with at least two distinct items (loo) or new items after the cutoff (time-split)");
        }
        Tuner tuner = request.tune() ? validationTuner(split, request) : null;
        Evaluator evaluator = new Evaluator(split, request.k());
        // composites (the hybrid) last, so they blend the components' chosen configs
        names.sort(java.util.Comparator.comparing(n -> algorithms.get(n) instanceof CompositeAlgorithm<?>));
        List<ModelResult> results = new ArrayList<>();
        for (String name : names) {
            results.add(evaluate(algorithms.get(name), split, evaluator, tuner));
        }
        return new EvaluationReport(request.dataset(), split.protocol(), request.k(), split.users().length,
            split.itemCount(), split.train().pairs(), "NDCG@" + request.k(), context.seed(), results);
    }

    private Tuner validationTuner(Split split, Request request) {
        Split validation = request.protocol().split(split.trainingLog(), request.weights());
        return new Tuner(validation, request.k(), request.maxValidationUsers());
    }

    private ModelResult evaluate(Algorithm<?> algorithm, Split split, Evaluator evaluator, Tuner tuner) {
        String name = algorithm.name();
        AlgorithmConfig config = algorithm.defaults();
        List<ModelResult.TuningTrial> trials = List.of();
        if (algorithm instanceof CompositeAlgorithm<?> composite) {
            config = compose(composite, tuner, f -> listener.progress(name, "tune", f));
        } else if (tuner != null && algorithm.searchSpace().size() > 1) {
            Tuner.Outcome outcome = tuner.tune(algorithm, context, f -> listener.progress(name, "tune", f));
            config = outcome.best();
            trials = outcome.trials();
        }
        TrainContext ctx = new TrainContext(context.seed(), context.threads(),
            f -> listener.progress(name, "train", f), context.codeVersion(), context.trainedAt());
        long start = System.nanoTime();
        chosen.put(name, config);
        ScoringModel model = algorithm.train(config, split.train(), ctx);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        Evaluator.Measured measured = evaluator.measure(model, f -> listener.progress(name, "evaluate", f));
        Map<String, Double> learned = model.provenance() == null ? Map.of() : model.provenance().metrics();
        return new ModelResult(name, config.params(), learned, measured.metrics(), trainSeconds, measured.msP50(),
            measured.msP99(), trials);
    }

    /**
     * The composite over the components' chosen configs; when tuning, with its blend learned on the validation split
     * (the components fitted on its training part), so it never sees the test users' held-out items either.
     */
    private <C extends AlgorithmConfig> C compose(CompositeAlgorithm<C> composite, Tuner tuner,
                                                 java.util.function.DoubleConsumer progress) {
        C config = composite.withComponents(chosen);
        if (tuner == null) {
            return config;
        }
        TrainContext ctx = new TrainContext(context.seed(), context.threads(), progress, context.codeVersion(),
            context.trainedAt());
        return composite.learnOn(config, tuner.heldOut(), ctx);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
