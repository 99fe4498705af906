package io.marketpilot.recommend.als;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoreMoments;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;
import io.marketpilot.recommend.retrieval.InnerProducts;

/**
 * Trained implicit-ALS factors. A user's score for item {@code i} is {@code x·yᵢ}. A known user whose history is
 * the one trained on uses the learned vector; any other history (an anonymous visitor, or a customer with new
 * events) is folded in: its vector is solved against the fixed item factors by the training objective, which
 * takes well under a millisecond for 64–128 factors. Immutable and thread-safe.
 */
public final class IalsModel implements ScoringModel {
    /** Fold-in stops once the CG residual has shrunk by this factor (or after {@code factors} steps). */
    private static final double FOLD_IN_TOLERANCE = 1e-4;

    private final IalsConfig config;
    private final int users;
    private final int items;
    private final float[] userFactors;
    private final float[] itemFactors;
    private final long[] userKeys;
    private final float[][] gram;
    private final Provenance provenance;
    /** Σ of the item vectors (computed on first use): with the Gram matrix, the moments of any user's scores. */
    private volatile double[] itemSum;
    /** The vector this thread folded in last, and for which history object: see {@link #userVector}. */
    private final ThreadLocal<FoldedIn> lastFoldIn = new ThreadLocal<>();

    private record FoldedIn(UserHistory history, float[] vector) {}

    IalsModel(IalsConfig config, int users, int items, float[] userFactors, float[] itemFactors, long[] userKeys,
              Provenance provenance) {
        int k = config.factors();
        if (userFactors.length != users * k || itemFactors.length != items * k || userKeys.length != users) {
            throw new IllegalArgumentException("factor arrays do not match " + users + " users × " + items
                + " items × " + k + " factors");
        }
        this.config = config;
        this.users = users;
        this.items = items;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.userKeys = userKeys;
        this.provenance = provenance;
        try (RowParallel one = new RowParallel(1)) {
            this.gram = FactorMath.gram(itemFactors, items, k, one);
        }
    }

    /** The hyper-parameters trained with; fold-in uses the same confidence, regularisation and solver. */
    public IalsConfig config() {
        return config;
    }

    /** The length of every user and item vector. */
    public int factors() {
        return config.factors();
    }

    @Override
    public int itemCount() {
        return items;
    }

    @Override
    public void score(UserHistory history, float[] scores) {
        score(userVector(history), scores);
    }

    /** Scores every item for a user vector (length {@link #factors()}): the dot product with each item's factors. */
    public void score(float[] userVector, float[] scores) {
        int k = config.factors();
        if (userVector.length != k || scores.length < items) {
            throw new IllegalArgumentException("expected a vector of " + k + " and room for " + items
                + " scores, got " + userVector.length + " and " + scores.length);
        }
        float[] y = itemFactors;
        // one dot per item over row-major factors: the JIT cannot vectorise the reduction (a factor-major copy
        // scored as k scaled-row additions was ~4.5× faster at 128 factors, for twice the memory)
        for (int i = 0, o = 0; i < items; i++, o += k) {
            scores[i] = FactorMath.dot(y, o, userVector, 0, k);
        }
    }

    /** Scores the candidates only (one dot product each); the moments come from Σy and the Gram matrix. */
    @Override
    public ScoreMoments scoreCandidates(UserHistory history, int[] candidates, float[] out) {
        float[] x = userVector(history);
        scoreCandidates(x, candidates, out);
        return moments(x);
    }

    /** {@code out[c] = x·y_candidates[c]}, with the fastest dot-product kernels of this JVM. */
    public void scoreCandidates(float[] userVector, int[] candidates, float[] out) {
        int k = config.factors();
        if (userVector.length != k || out.length < candidates.length) {
            throw new IllegalArgumentException("expected a vector of " + k + " and room for " + candidates.length
                + " scores, got " + userVector.length + " and " + out.length);
        }
        InnerProducts.fastest().selectedRows(itemFactors, k, candidates, userVector, out);
    }

    /**
     * The mean and standard deviation of {@code x·yᵢ} over all items without touching one: the mean is
     * {@code x·Σy / n} and the mean square {@code xᵀ(YᵀY)x / n}, from the Gram matrix that fold-in keeps anyway.
     */
    public ScoreMoments moments(float[] userVector) {
        int k = config.factors();
        double[] sum = itemSum();
        double linear = 0;
        double quadratic = 0;
        for (int a = 0; a < k; a++) {
            linear += sum[a] * userVector[a];
            double row = 0;
            float[] g = gram[a];
            for (int b = 0; b < k; b++) {
                row += (double) g[b] * userVector[b];
            }
            quadratic += row * userVector[a];
        }
        return ScoreMoments.fromSums(linear, quadratic, items);
    }

    /** A copy of the item vectors, row-major ({@code items × factors}): what a retrieval index is built from. */
    public float[] copyItemFactors() {
        return itemFactors.clone();
    }

    private double[] itemSum() {
        double[] s = itemSum;
        if (s == null) {
            int k = config.factors();
            s = new double[k];
            for (int i = 0, o = 0; i < items; i++, o += k) {
                for (int f = 0; f < k; f++) {
                    s[f] += itemFactors[o + f];
                }
            }
            itemSum = s;
        }
        return s;
    }

    /**
     * The learned vector when {@code history} is the user's training history, else {@link #foldIn}. Asked twice on
     * one thread for the same history object — retrieval, then scoring, of one request — it folds in once.
     */
    public float[] userVector(UserHistory history) {
        int u = history.user();
        if (u >= 0 && u < users && userKeys[u] == HistoryKey.of(history)) {
            int k = config.factors();
            return java.util.Arrays.copyOfRange(userFactors, u * k, u * k + k);
        }
        FoldedIn last = lastFoldIn.get();
        if (last != null && last.history() == history) {
            return last.vector().clone();
        }
        float[] x = foldIn(history);
        lastFoldIn.set(new FoldedIn(history, x.clone()));
        return x;
    }

    /**
     * Solves a user vector from {@code history} against the fixed item factors, with the training objective
     * (confidence and regularisation as configured; repeated items have their weights summed; items with weight
     * ≤ 0 are ignored). CG runs to a relative residual of 1e-4 (at most {@code factors} steps), warm-started from
     * the learned vector when the user is known; the Cholesky solver is exact. An empty history gives zeros.
     */
    public float[] foldIn(UserHistory history) {
        int k = config.factors();
        FoldInRows rows = FoldInRows.of(history, items, config);
        float[] x = new float[k];
        int u = history.user();
        if (rows.size() == 0) {
            return x;
        }
        if (u >= 0 && u < users) {
            System.arraycopy(userFactors, u * k, x, 0, k);
        }
        float lambda = (float) config.lambdaFor(rows.size());
        RowSolver solver = new RowSolver(k);
        if (config.solver() == IalsConfig.Solver.CG) {
            solver.conjugateGradient(gram, itemFactors, rows.items(), rows.cm1(), 0, rows.size(), lambda, x, 0, k,
                FOLD_IN_TOLERANCE);
        } else {
            solver.cholesky(gram, itemFactors, rows.items(), rows.cm1(), 0, rows.size(), lambda, x, 0);
        }
        return x;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    int userCount() {
        return users;
    }

    float[] userFactors() {
        return userFactors;
    }

    float[] itemFactors() {
        return itemFactors;
    }

    long[] userKeys() {
        return userKeys;
    }
}
