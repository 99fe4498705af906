package io.marketpilot.recommend.knn;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * A user-kNN model: the training matrix itself. Scoring finds the k training users most similar to the given
 * history (cosine with shrinkage, via the item → users index, so fold-in is the only path) and sums their
 * similarity over their items. A known user never counts as their own neighbour.
 */
public final class UserKnnModel implements ScoringModel {
    private final UserRows rows;
    private final UserKnnConfig config;
    private final Provenance provenance;

    UserKnnModel(UserRows rows, UserKnnConfig config, Provenance provenance) {
        this.rows = rows;
        this.config = config;
        this.provenance = provenance;
    }

    @Override
    public int itemCount() {
        return rows.itemCount();
    }

    @Override
    public void score(UserHistory history, float[] out) {
        Arrays.fill(out, 0, itemCount(), 0f);
        DistinctHistory d = DistinctHistory.of(history, itemCount(), config.weighted());
        int users = rows.userCount();
        // per call rather than per thread: the model stays a plain immutable value
        int[] co = new int[users];
        float[] dot = new float[users];
        int[] touched = new int[users];
        int count = 0;
        double norm2 = 0;
        for (int p = 0; p < d.size(); p++) {
            int h = d.items()[p];
            float w = d.weights()[p];
            norm2 += (double) w * w;
            for (int q = rows.byItemStart()[h]; q < rows.byItemStart()[h + 1]; q++) {
                int v = rows.byItemUsers()[q];
                if (v == history.user()) {
                    continue;
                }
                if (co[v]++ == 0) {
                    touched[count++] = v;
                }
                dot[v] += w * rows.byItemValues()[q];
            }
        }
        if (count == 0) {
            return;
        }
        double norm = Math.sqrt(norm2);
        TopK top = new TopK(config.k(), count);
        for (int t = 0; t < count; t++) {
            int v = touched[t];
            double sim = dot[v] / (norm * rows.norms()[v]);
            if (config.shrink() > 0) {
                sim *= co[v] / (co[v] + config.shrink());
            }
            top.offer((float) sim, v);
        }
        int[] neighbours = new int[top.size()];
        float[] sims = new float[top.size()];
        top.drainTo(neighbours, sims);
        for (int n = 0; n < neighbours.length; n++) {
            int v = neighbours[n];
            float s = sims[n];
            for (int p = rows.start()[v]; p < rows.start()[v + 1]; p++) {
                out[rows.items()[p]] += s * rows.values()[p];
            }
        }
    }

    UserRows rows() {
        return rows;
    }

    UserKnnConfig config() {
        return config;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
