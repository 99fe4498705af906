package io.marketpilot.recommend.hybrid;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;
import java.util.List;

/**
 * Learns blending weights on held-out pairs: for each validation user, every component's z-scored scores are kept
 * for a candidate pool (the union of each component's top {@link #POOL} unseen items plus the held-out item); a
 * weight vector's quality is the mean NDCG@10 of the held-out item within the pool. Coordinate ascent over a grid,
 * a few rounds, starting from equal weights.
 */
final class WeightLearner {
    static final int POOL = 100;
    private static final int K = 10;
    private static final int ROUNDS = 3;

    private final float[][][] poolScores; // user → component → pool position
    private final int[] targetPos;         // position of the held-out item in the user's pool
    private final int components;

    WeightLearner(List<ScoringModel> models, Interactions train, int[] users, int[] heldOut) {
        this.components = models.size();
        int n = train.itemCount();
        poolScores = new float[users.length][][];
        targetPos = new int[users.length];
        float[][] scores = new float[components][n];
        boolean[] seen = new boolean[n];
        for (int t = 0; t < users.length; t++) {
            int u = users[t];
            UserHistory h = train.history(u);
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                seen[train.col(p)] = true;
            }
            int[] pool = new int[0];
            for (int c = 0; c < components; c++) {
                models.get(c).score(h, scores[c]);
                ScoreNormaliser.zScores(scores[c]);
                pool = union(pool, TopItems.of(scores[c], POOL, i -> seen[i]));
            }
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                seen[train.col(p)] = false;
            }
            int at = indexOf(pool, heldOut[t]);
            if (at < 0) {
                pool = Arrays.copyOf(pool, pool.length + 1);
                pool[pool.length - 1] = heldOut[t];
                at = pool.length - 1;
            }
            targetPos[t] = at;
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

    double objective(float[] w) {
        double sum = 0;
        for (int t = 0; t < poolScores.length; t++) {
            float[][] s = poolScores[t];
            int len = s[0].length;
            float target = blend(s, w, targetPos[t]);
            int better = 0;
            for (int j = 0; j < len && better < K; j++) {
                if (j == targetPos[t]) {
                    continue;
                }
                float v = blend(s, w, j);
                if (v > target || (v == target && j < targetPos[t])) {
                    better++;
                }
            }
            if (better < K) {
                sum += 1.0 / (Math.log(better + 2) / Math.log(2));
            }
        }
        return sum / Math.max(1, poolScores.length);
    }

    private static float blend(float[][] s, float[] w, int j) {
        float v = 0;
        for (int c = 0; c < w.length; c++) {
            v += w[c] * s[c][j];
        }
        return v;
    }

    private static boolean allZero(float[] w) {
        for (float x : w) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        int n = a.length;
        for (int x : b) {
            if (indexOf(a, x) < 0) {
                out[n++] = x;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int indexOf(int[] a, int v) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] == v) {
                return k;
            }
        }
        return -1;
    }
}
