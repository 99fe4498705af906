package io.marketpilot.recommend.als;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;

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

    /** The learned vector when {@code history} is the user's training history, else {@link #foldIn}. */
    public float[] userVector(UserHistory history) {
        int u = history.user();
        if (u >= 0 && u < users && userKeys[u] == HistoryKey.of(history)) {
            int k = config.factors();
            return java.util.Arrays.copyOfRange(userFactors, u * k, u * k + k);
        }
        return foldIn(history);
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
