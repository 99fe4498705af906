package io.marketpilot.recommend.bpr;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;
import java.util.SplittableRandom;

/**
 * Trained BPR factors: a user's score for item {@code i} is {@code bᵢ + x·qᵢ}. A known user whose history is the
 * one trained on uses the learned vector; any other history is folded in by SGD on the user vector alone against
 * the fixed item factors and biases (see {@link #foldIn}). Immutable and thread-safe.
 */
public final class BprModel implements ScoringModel {
    /**
     * Fold-in takes {@code epochs × history size} SGD steps, at most this many: about 0.2 ms at 64 factors, and
     * on MovieLens-100k as good as 20,000 steps.
     */
    static final int MAX_FOLD_IN_STEPS = 1000;
    private static final int MAX_TRIES = 64;

    private final BprConfig config;
    private final int users;
    private final int items;
    private final float[] userFactors;
    private final float[] itemFactors;
    private final float[] itemBias;
    private final long[] userKeys;
    private final Provenance provenance;

    BprModel(BprConfig config, int users, int items, float[] userFactors, float[] itemFactors, float[] itemBias,
             long[] userKeys, Provenance provenance) {
        int k = config.factors();
        if (userFactors.length != users * k || itemFactors.length != items * k || itemBias.length != items
            || userKeys.length != users) {
            throw new IllegalArgumentException("arrays do not match " + users + " users × " + items + " items × " + k
                + " factors");
        }
        this.config = config;
        this.users = users;
        this.items = items;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.itemBias = itemBias;
        this.userKeys = userKeys;
        this.provenance = provenance;
    }

    /** The hyper-parameters trained with; fold-in uses the same learning rate, regularisation and epochs. */
    public BprConfig config() {
        return config;
    }

    @Override
    public int itemCount() {
        return items;
    }

    @Override
    public void score(UserHistory history, float[] scores) {
        score(userVector(history), scores);
    }

    /** Scores every item for a user vector (length {@code factors}): item bias plus dot product. */
    public void score(float[] userVector, float[] scores) {
        int k = config.factors();
        if (userVector.length != k || scores.length < items) {
            throw new IllegalArgumentException("expected a vector of " + k + " and room for " + items
                + " scores, got " + userVector.length + " and " + scores.length);
        }
        float[] q = itemFactors;
        for (int i = 0, o = 0; i < items; i++, o += k) {
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            int f = 0;
            for (; f + 3 < k; f += 4) {
                s0 += q[o + f] * userVector[f];
                s1 += q[o + f + 1] * userVector[f + 1];
                s2 += q[o + f + 2] * userVector[f + 2];
                s3 += q[o + f + 3] * userVector[f + 3];
            }
            for (; f < k; f++) {
                s0 += q[o + f] * userVector[f];
            }
            scores[i] = itemBias[i] + ((s0 + s1) + (s2 + s3));
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
     * Fits a user vector to {@code history} by the training objective with items fixed: {@code epochs × n} SGD
     * steps (capped at {@value #MAX_FOLD_IN_STEPS}) over (history item, uniform negative) pairs, starting from the
     * learned vector for a known user and from zero otherwise. The sampling stream is seeded from the model's seed
     * and the history, so the same history always gets the same vector. Items with weight ≤ 0 are ignored; an
     * empty history gives zeros (scores = item biases, a popularity order).
     */
    public float[] foldIn(UserHistory history) {
        int k = config.factors();
        float[] x = new float[k];
        int[] own = distinctPositive(history);
        if (own.length == 0 || own.length >= items) {
            return x;
        }
        int u = history.user();
        if (u >= 0 && u < users) {
            System.arraycopy(userFactors, u * k, x, 0, k);
        }
        SplittableRandom random = new SplittableRandom(HistoryKey.mix(provenance.seed() ^ HistoryKey.of(history)));
        long steps = Math.min((long) config.epochs() * own.length, MAX_FOLD_IN_STEPS);
        float lr = (float) config.learningRate();
        float reg = (float) config.regularization();
        for (long s = 0; s < steps; s++) {
            int i = own[random.nextInt(own.length)];
            for (int t = 0; t < MAX_TRIES; t++) {
                int j = random.nextInt(items);
                if (java.util.Arrays.binarySearch(own, j) < 0) {
                    Sgd.userStep(x, itemFactors, itemBias, i, j, k, lr, reg);
                    break;
                }
            }
        }
        return x;
    }

    private int[] distinctPositive(UserHistory h) {
        int[] sorted = new int[h.size()];
        int n = 0;
        for (int e = 0; e < h.size(); e++) {
            int item = h.items()[e];
            if (item < 0 || item >= items) {
                throw new IllegalArgumentException("history item index " + item + " is outside the model's items 0.."
                    + (items - 1));
            }
            if (h.weights()[e] > 0) {
                sorted[n++] = item;
            }
        }
        java.util.Arrays.sort(sorted, 0, n);
        int d = 0;
        for (int e = 0; e < n; e++) {
            if (d == 0 || sorted[d - 1] != sorted[e]) {
                sorted[d++] = sorted[e];
            }
        }
        return java.util.Arrays.copyOf(sorted, d);
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

    float[] itemBias() {
        return itemBias;
    }

    long[] userKeys() {
        return userKeys;
    }
}
