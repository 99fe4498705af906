package io.marketpilot.recommend.ease;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.List;

/**
 * EASE (Steck 2019): a linear item-item model with zero diagonal, solved in closed form. Strong on small and
 * mid-size catalogues; the dense n × n matrix makes it unsuitable for large ones, so training refuses catalogues
 * above {@code maxItems} (default 20,000, so that a saved model stays below 2 GiB) and points at item-kNN instead. No randomness: the seed only goes to
 * provenance.
 */
public final class EaseAlgorithm implements Algorithm<EaseConfig> {
    /** The default catalogue limit: B alone is 3.6 GB of floats at 30,000 items. */
    public static final int DEFAULT_MAX_ITEMS = 20_000; // a saved model (one byte[]) must stay below 2 GiB
    private static final List<Double> LAMBDAS = List.of(10.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 3000.0);

    private final int maxItems;
    private final LastSolution last = new LastSolution();

    public EaseAlgorithm() {
        this(DEFAULT_MAX_ITEMS);
    }

    /** With a different catalogue limit (at most 46,340, where n² reaches Java's array limit). */
    public EaseAlgorithm(int maxItems) {
        if (maxItems < 1 || maxItems > 46_340) {
            throw new IllegalArgumentException("maxItems must be in 1..46340, was " + maxItems);
        }
        this.maxItems = maxItems;
    }

    @Override
    public String name() {
        return "ease";
    }

    /** Lambda 100 with a medium memory (0.7 per step back, floor 0.1): see {@link HistoryDecay}. */
    @Override
    public EaseConfig defaults() {
        return EaseConfig.of(100).withDecay(new HistoryDecay(0.7, 0.1));
    }

    /**
     * Every lambda with every searched history decay ({@link HistoryDecay#SEARCHED}), lambda varying slowest: the
     * decays of one lambda reuse its solution.
     */
    @Override
    public List<EaseConfig> searchSpace() {
        List<EaseConfig> space = new ArrayList<>();
        for (double lambda : LAMBDAS) {
            for (HistoryDecay decay : HistoryDecay.SEARCHED) {
                space.add(EaseConfig.of(lambda).withDecay(decay));
            }
        }
        return List.copyOf(space);
    }

    @Override
    public Trainer<Interactions, EaseModel> trainer(EaseConfig config, TrainContext context) {
        return data -> {
            int n = data.itemCount();
            if (n > maxItems) {
                throw new IllegalArgumentException("ease needs a dense item × item matrix and refuses " + n
                    + " items (limit " + maxItems + "): use item-knn for this catalogue, or raise the limit with"
                    + " new EaseAlgorithm(maxItems) if the heap allows about " + gib(8.0 * n * n) + " GiB");
            }
            Csr x = Csr.activeUsers(data, config.weighted());
            EaseSolver solver = config.solver() == EaseSolver.AUTO ? ClosedForm.cheaper(x) : config.solver();
            float[][] b = last.get(data, config.lambda(), config.weighted(), solver);
            if (b == null) {
                checkHeap(solver, x.rows(), n);
                b = solver == EaseSolver.WOODBURY
                    ? ClosedForm.woodbury(x, config.lambda(), context.threads(), context.progress())
                    : ClosedForm.direct(x, config.lambda(), context.threads(), context.progress());
                last.put(data, config.lambda(), config.weighted(), solver, b);
            }
            EaseConfig used = new EaseConfig(config.lambda(), config.weighted(), solver, config.decay());
            return new EaseModel(b, config.weighted(), config.decay(),
                ProvenanceIo.of(name(), used, data.fingerprint(), context));
        };
    }

    /** Fails before allocating when the working set cannot fit in the heap at all. */
    private static void checkHeap(EaseSolver solver, long m, long n) {
        double bytes = solver == EaseSolver.WOODBURY ? 4.0 * m * m + 8.0 * m * n + 4.0 * n * n : 8.0 * n * n;
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > 0.9 * max) {
            throw new IllegalArgumentException("ease on " + n + " items and " + m + " users (" + solver.label()
                + ") needs about " + gib(bytes) + " GiB of heap, but the JVM may use at most " + gib(max)
                + " GiB: raise -Xmx or use item-knn");
        }
    }

    private static String gib(double bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1L << 30));
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return new EaseFormat();
    }
}
