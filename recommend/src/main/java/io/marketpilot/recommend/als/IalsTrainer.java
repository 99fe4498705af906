package io.marketpilot.recommend.als;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.TrainContext;
import java.util.SplittableRandom;

/**
 * Alternating least squares: each iteration solves every user against the fixed item factors, then every item
 * against the fixed user factors. A sweep computes the fixed side's Gram matrix once and shares it by all rows.
 */
final class IalsTrainer implements Trainer<Interactions, IalsModel> {
    /** Rows per work unit: small enough to balance heavy and light rows, large enough to keep the counter cold. */
    private static final int CHUNK = 8;
    /** Initial factors are N(0, INIT_SCALE² / factors): small, so early sweeps are driven by the data. */
    private static final double INIT_SCALE = 0.1;

    private final IalsConfig config;
    private final TrainContext context;

    IalsTrainer(IalsConfig config, TrainContext context) {
        this.config = config;
        this.context = context;
    }

    @Override
    public IalsModel train(Interactions data) {
        int k = config.factors();
        Interactions byItem = data.transpose();
        float[] userCm1 = confidenceMinusOne(data);
        float[] itemCm1 = confidenceMinusOne(byItem);
        SplittableRandom random = new SplittableRandom(context.seed());
        float[] users = gaussian(random, data.userCount(), k);
        float[] items = gaussian(random, data.itemCount(), k);
        int halves = 2 * config.iterations();
        try (RowParallel parallel = new RowParallel(context.threads())) {
            for (int it = 0; it < config.iterations(); it++) {
                sweep(data, userCm1, items, data.itemCount(), users, parallel);
                context.progress().accept((2.0 * it + 1) / halves);
                sweep(byItem, itemCm1, users, data.userCount(), items, parallel);
                context.progress().accept((2.0 * it + 2) / halves);
            }
        }
        return new IalsModel(config, data.userCount(), data.itemCount(), users, items, HistoryKey.ofRows(data),
            ProvenanceIo.of(IalsAlgorithm.NAME, config, data.fingerprint(), context));
    }

    /** Solves every row of {@code rows} into {@code mine} against the fixed {@code other} factors. */
    private void sweep(Interactions rows, float[] cm1, float[] other, int otherCount, float[] mine,
                       RowParallel parallel) {
        int k = config.factors();
        float[][] gram = FactorMath.gram(other, otherCount, k, parallel);
        RowSolver[] solvers = new RowSolver[parallel.threads()];
        int[] cols = rows.colArray();
        parallel.run(rows.userCount(), CHUNK, (worker, from, to) -> {
            RowSolver solver = solvers[worker];
            if (solver == null) {
                solver = new RowSolver(k);
                solvers[worker] = solver;
            }
            for (int r = from; r < to; r++) {
                int n = rows.rowLength(r);
                if (n == 0) {
                    java.util.Arrays.fill(mine, r * k, r * k + k, 0f);
                    continue;
                }
                float lambda = (float) config.lambdaFor(n);
                if (config.solver() == IalsConfig.Solver.CG) {
                    solver.conjugateGradient(gram, other, cols, cm1, rows.rowStart(r), rows.rowEnd(r), lambda, mine,
                        r * k, config.cgSteps(), 0);
                } else {
                    solver.cholesky(gram, other, cols, cm1, rows.rowStart(r), rows.rowEnd(r), lambda, mine, r * k);
                }
            }
        });
    }

    private float[] confidenceMinusOne(Interactions m) {
        float[] c = new float[m.pairs()];
        for (int e = 0; e < c.length; e++) {
            c[e] = (float) (config.confidenceOf(m.weight(e)) - 1);
        }
        return c;
    }

    /** Box–Muller over the seeded stream, so the start depends on nothing but the seed. */
    private static float[] gaussian(SplittableRandom random, int rows, int k) {
        float[] a = new float[rows * k];
        double scale = INIT_SCALE / Math.sqrt(k);
        for (int e = 0; e < a.length; e += 2) {
            double u1 = 1.0 - random.nextDouble();
            double u2 = random.nextDouble();
            double radius = Math.sqrt(-2 * Math.log(u1)) * scale;
            a[e] = (float) (radius * Math.cos(2 * Math.PI * u2));
            if (e + 1 < a.length) {
                a[e + 1] = (float) (radius * Math.sin(2 * Math.PI * u2));
            }
        }
        return a;
    }
}
