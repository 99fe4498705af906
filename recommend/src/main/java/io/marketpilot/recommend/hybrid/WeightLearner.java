package io.marketpilot.recommend.hybrid;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.HeldOut;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;
import java.util.List;

/**
 * Learns blending weights on held-out items: for each user, every component's z-scored scores are kept for a
 * candidate pool (the union of each component's top {@link #POOL} unseen catalogue items plus the held-out items);
 * a weight vector's quality is the mean NDCG@10 (binary gains, ideal DCG over min(10, |held out|) items, as the
 * protocols define it) of the held-out items within the pool. Held-out items outside the training catalogue can
 * never be ranked: they count as misses. Coordinate ascent over a grid, a few rounds, from equal weights.
 */
final class WeightLearner {
    static final int POOL = 100;
    private static final int K = 10;
    private static final int ROUNDS = 4;

    private final float[][][] poolScores; // user → component → pool position
    private final int[][] targetPos;       // user → positions of its rankable held-out items in its pool
    private final double[] idealDcg;       // user → DCG of a perfect top 10
    private final int components;

    WeightLearner(List<ScoringModel> models, HeldOut heldOut) {
        this.components = models.size();
        Interactions train = heldOut.train();
        int n = train.itemCount();
        int[] users = heldOut.users();
        poolScores = new float[users.length][][];
        targetPos = new int[users.length][];
        idealDcg = new double[users.length];
        float[][] scores = new float[components][n];
        int[] degree = train.itemDegrees();
        boolean[] skip = new boolean[n];
        int[] poolIndex = new int[n]; // item → its position in the user's pool + 1; 0 when not in it
        for (int i = 0; i < n; i++) {
            skip[i] = degree[i] == 0;
        }
        for (int t = 0; t < users.length; t++) {
            int u = users[t];
            UserHistory h = train.history(u).at(heldOut.requestMillis()[t]);
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                skip[train.col(p)] = true;
            }
            int[] targets = heldOut.targets()[t];
            int[] pool = new int[components * POOL + targets.length];
            int size = 0;
            for (int c = 0; c < components; c++) {
                models.get(c).score(h, scores[c]);
                ScoreNormaliser.zScores(scores[c]);
                for (int i : TopItems.of(scores[c], POOL, i -> skip[i])) {
                    if (poolIndex[i] == 0) {
                        pool[size++] = i;
                        poolIndex[i] = size;
                    }
                }
            }
            int[] positions = new int[targets.length];
            int rankable = 0;
            for (int target : targets) {
                if (skip[target]) {
                    continue; // in the history or never trained on: cannot be recommended
                }
                if (poolIndex[target] == 0) {
                    pool[size++] = target;
                    poolIndex[target] = size;
                }
                positions[rankable++] = poolIndex[target] - 1;
            }
            pool = Arrays.copyOf(pool, size);
            for (int i : pool) {
                poolIndex[i] = 0;
            }
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                skip[train.col(p)] = degree[train.col(p)] == 0;
            }
            targetPos[t] = Arrays.copyOf(positions, rankable);
            for (int r = 0; r < Math.min(K, targets.length); r++) {
                idealDcg[t] += gain(r);
            }
            poolScores[t] = new float[components][pool.length];
            for (int c = 0; c < components; c++) {
                for (int j = 0; j < pool.length; j++) {
                    poolScores[t][c][j] = scores[c][pool[j]];
                }
            }
        }
    }

    float[] learn(List<Float> grid) {
        float[] w = new float[components];
        Arrays.fill(w, 1f);
        double best = objective(w);
        for (int round = 0; round < ROUNDS; round++) {
            boolean improved = false;
            for (int c = 0; c < components; c++) {
                float keep = w[c];
                for (float g : grid) {
                    if (g == keep) {
                        continue;
                    }
                    w[c] = g;
                    if (allZero(w)) {
                        continue;
                    }
                    double v = objective(w);
                    if (v > best + 1e-9) {
                        best = v;
                        keep = g;
                        improved = true;
                    }
                }
                w[c] = keep;
            }
            if (!improved) {
                break;
            }
        }
        return w;
    }

    /** Mean NDCG@10 of the held-out items under weights {@code w}. */
    double objective(float[] w) {
        double sum = 0;
        float[] blended = new float[0];
        for (int t = 0; t < poolScores.length; t++) {
            if (targetPos[t].length == 0 || idealDcg[t] == 0) {
                continue;
            }
            float[][] s = poolScores[t];
            int len = s[0].length;
            if (blended.length < len) {
                blended = new float[len];
            }
            Arrays.fill(blended, 0, len, 0f);
            for (int c = 0; c < w.length; c++) {
                float wc = w[c];
                if (wc != 0) {
                    float[] sc = s[c];
                    for (int j = 0; j < len; j++) {
                        blended[j] += wc * sc[j];
                    }
                }
            }
            double dcg = 0;
            for (int at : targetPos[t]) {
                int rank = rank(blended, len, at);
                if (rank < K) {
                    dcg += gain(rank);
                }
            }
            sum += dcg / idealDcg[t];
        }
        return sum / Math.max(1, poolScores.length);
    }

    /** 0-based rank of pool position {@code at}: items scoring higher, ties broken by pool position. */
    private static int rank(float[] blended, int len, int at) {
        float v = blended[at];
        int better = 0;
        for (int j = 0; j < len && better < K; j++) {
            if (blended[j] > v || (blended[j] == v && j < at)) {
                better++;
            }
        }
        return better;
    }

    private static double gain(int rank) {
        return 1.0 / (Math.log(rank + 2) / Math.log(2));
    }

    private static boolean allZero(float[] w) {
        for (float x : w) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
