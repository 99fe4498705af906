package io.marketpilot.bench.sparkals;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;

/**
 * Spark's learned factors in our index space: score = user factor · item factor. A known user uses the factor Spark
 * learned; an unknown one ({@code user = -1}) is folded in from its history with Spark's own normal equations
 * ({@link ImplicitFoldIn}). Immutable; the item Gram matrix for fold-in is computed on first need.
 */
public final class SparkAlsModel implements ScoringModel {
    private final int rank;
    private final double regParam;
    private final double alpha;
    private final float[] userFactors;
    private final float[] itemFactors;
    private final Provenance provenance;
    /** YᵀY, built lazily so the fold-in cost is not charged to training time; racing builders compute the same. */
    private volatile double[] itemGram;

    SparkAlsModel(int rank, double regParam, double alpha, float[] userFactors, float[] itemFactors,
                  Provenance provenance) {
        if (rank < 1 || userFactors.length % rank != 0 || itemFactors.length % rank != 0) {
            throw new IllegalArgumentException("factor arrays (" + userFactors.length + ", " + itemFactors.length
                + ") are not whole rows of rank " + rank);
        }
        this.rank = rank;
        this.regParam = regParam;
        this.alpha = alpha;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.provenance = provenance;
    }

    @Override
    public int itemCount() {
        return itemFactors.length / rank;
    }

    public int userCount() {
        return userFactors.length / rank;
    }

    public int rank() {
        return rank;
    }

    @Override
    public void score(UserHistory history, float[] scores) {
        float[] user;
        int off;
        if (history.user() >= 0) {
            if (history.user() >= userCount()) {
                throw new IllegalArgumentException("user " + history.user() + " is outside the model's "
                    + userCount() + " users");
            }
            user = userFactors;
            off = history.user() * rank;
        } else {
            user = ImplicitFoldIn.userVector(itemFactors, rank, gram(), regParam, alpha, history);
            off = 0;
        }
        int n = itemCount();
        for (int i = 0; i < n; i++) {
            int io = i * rank;
            float s = 0;
            for (int k = 0; k < rank; k++) {
                s += user[off + k] * itemFactors[io + k];
            }
            scores[i] = s;
        }
    }

    /** The factor of a known user (a copy). */
    float[] userFactor(int user) {
        return java.util.Arrays.copyOfRange(userFactors, user * rank, (user + 1) * rank);
    }

    private double[] gram() {
        double[] g = itemGram;
        if (g == null) {
            g = ImplicitFoldIn.gram(itemFactors, rank);
            itemGram = g;
        }
        return g;
    }

    double regParam() {
        return regParam;
    }

    double alpha() {
        return alpha;
    }

    float[] userFactors() {
        return userFactors;
    }

    float[] itemFactors() {
        return itemFactors;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
