package io.marketpilot.recommend.bpr;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * SGD over sampled triples. Worker 0 draws from a stream that depends only on the seed, so a run with one worker
 * (the default, or Hogwild on one thread) is reproducible; with Hogwild, workers update shared factors without
 * locks (float writes cannot tear in Java, races only lose some updates).
 */
final class BprTrainer implements Trainer<Interactions, BprModel> {
    /** Initial factors are N(0, 0.1²): large enough to break symmetry, small beside trained values. */
    private static final double INIT_STD = 0.1;
    /** Draws before giving up on a negative for a user who has nearly every item. */
    private static final int MAX_TRIES = 64;

    private final BprConfig config;
    private final TrainContext context;

    BprTrainer(BprConfig config, TrainContext context) {
        this.config = config;
        this.context = context;
    }

    @Override
    public BprModel train(Interactions data) {
        int k = config.factors();
        SplittableRandom init = new SplittableRandom(context.seed());
        float[] users = gaussian(init, data.userCount() * k);
        float[] items = gaussian(init, data.itemCount() * k);
        float[] bias = new float[data.itemCount()];
        if (data.pairs() > 0 && data.itemCount() > 1) {
            int workers = config.hogwild() ? context.threads() : 1;
            epochs(data, users, items, bias, workers);
        }
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) == 0) {
                // never sampled, so still random: zero makes a history-less user score by item bias alone
                java.util.Arrays.fill(users, u * k, u * k + k, 0f);
            }
        }
        return new BprModel(config, data.userCount(), data.itemCount(), users, items, bias, HistoryKey.ofRows(data),
            ProvenanceIo.of(BprAlgorithm.NAME, config, data.fingerprint(), context));
    }

    private void epochs(Interactions data, float[] users, float[] items, float[] bias, int workers) {
        int[] pairUser = new int[data.pairs()];
        for (int u = 0; u < data.userCount(); u++) {
            java.util.Arrays.fill(pairUser, data.rowStart(u), data.rowEnd(u), u);
        }
        SplittableRandom[] streams = new SplittableRandom[workers];
        for (int w = 0; w < workers; w++) {
            streams[w] = new SplittableRandom(HistoryKey.mix(context.seed() + 0x632BE59BD9B4E019L * (w + 1)));
        }
        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers) : null;
        try {
            for (int epoch = 0; epoch < config.epochs(); epoch++) {
                int n = data.pairs();
                if (pool == null) {
                    samples(data, pairUser, users, items, bias, streams[0], n);
                } else {
                    List<Callable<Void>> tasks = new ArrayList<>();
                    for (int w = 0; w < workers; w++) {
                        int share = n / workers + (w < n % workers ? 1 : 0);
                        SplittableRandom stream = streams[w];
                        tasks.add(() -> {
                            samples(data, pairUser, users, items, bias, stream, share);
                            return null;
                        });
                    }
                    await(pool.invokeAll(tasks));
                }
                context.progress().accept((epoch + 1.0) / config.epochs());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void samples(Interactions data, int[] pairUser, float[] users, float[] items, float[] bias,
                         SplittableRandom random, int count) {
        int k = config.factors();
        float lr = (float) config.learningRate();
        float reg = (float) config.regularization();
        float biasReg = (float) config.biasRegularization();
        int[] cols = data.colArray();
        boolean popular = config.negatives() == BprConfig.Negatives.POPULAR;
        for (int s = 0; s < count; s++) {
            int e = random.nextInt(cols.length);
            int u = pairUser[e];
            int j = -1;
            for (int t = 0; t < MAX_TRIES && j < 0; t++) {
                // a random pair's item is drawn in proportion to the item's number of users
                int candidate = popular ? cols[random.nextInt(cols.length)] : random.nextInt(data.itemCount());
                if (!data.contains(u, candidate)) {
                    j = candidate;
                }
            }
            if (j >= 0) {
                Sgd.step(users, u * k, items, bias, cols[e], j, k, lr, reg, biasReg);
            }
        }
    }

    private static void await(List<Future<Void>> futures) throws InterruptedException {
        for (Future<Void> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Box–Muller over the seeded stream, so the start depends on nothing but the seed. */
    private static float[] gaussian(SplittableRandom random, int n) {
        float[] a = new float[n];
        for (int e = 0; e < n; e += 2) {
            double radius = Math.sqrt(-2 * Math.log(1.0 - random.nextDouble())) * INIT_STD;
            double angle = 2 * Math.PI * random.nextDouble();
            a[e] = (float) (radius * Math.cos(angle));
            if (e + 1 < n) {
                a[e + 1] = (float) (radius * Math.sin(angle));
            }
        }
        return a;
    }
}
