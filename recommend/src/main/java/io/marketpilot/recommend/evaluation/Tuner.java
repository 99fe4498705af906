package io.marketpilot.recommend.evaluation;

import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.HeldOut;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Grid search on a validation split carved from the training data (never the test data): trains every config of
 * the algorithm's search space on the validation split's training part and keeps the one with the best NDCG@k.
 * Ties keep the earlier config, so the defaults (listed first by convention) win when nothing is better.
 */
public final class Tuner {
    private final Split validation;
    private final Evaluator evaluator;
    private final int maxUsers;

    public Tuner(Split validation, int k, int maxUsers) {
        this.validation = validation;
        this.evaluator = new Evaluator(validation, k);
        this.maxUsers = maxUsers;
    }

    /** The validation split's training part and held-out items, at most {@code maxUsers} users of it. */
    public HeldOut heldOut() {
        return new HeldOut(validation.train(), validation.users(), validation.targets(), validation.requestMillis())
            .sample(maxUsers);
    }

    /** The chosen config and every trial. */
    public record Outcome(AlgorithmConfig best, double bestScore, List<ModelResult.TuningTrial> trials) {}

    public Outcome tune(Algorithm<?> algorithm, TrainContext context, java.util.function.DoubleConsumer progress) {
        List<? extends AlgorithmConfig> space = algorithm.searchSpace();
        if (space.isEmpty()) {
            throw new IllegalStateException(algorithm.name() + " has an empty search space");
        }
        List<ModelResult.TuningTrial> trials = new ArrayList<>();
        AlgorithmConfig best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int done = 0;
        for (AlgorithmConfig config : space) {
            long start = System.nanoTime();
            ScoringModel model = algorithm.train(config, validation.train(), quiet(context));
            double seconds = (System.nanoTime() - start) / 1e9;
            double score = evaluator.ndcg(model, maxUsers);
            trials.add(new ModelResult.TuningTrial(config.params(), score, seconds));
            if (score > bestScore) {
                bestScore = score;
                best = config;
            }
            progress.accept((double) ++done / space.size());
        }
        return new Outcome(best, bestScore, trials);
    }

    /** Tuning trials report progress through the tuner, not each training run. */
    private static TrainContext quiet(TrainContext c) {
        return new TrainContext(c.seed(), c.threads(), f -> { }, c.codeVersion(), c.trainedAt());
    }
}
