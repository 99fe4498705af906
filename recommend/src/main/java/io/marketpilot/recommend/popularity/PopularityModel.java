package io.marketpilot.recommend.popularity;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;

/**
 * The same ranking for everyone. Scores are ranks turned upside down (best item = item count), so the order,
 * including tie-breaks decided at training, survives float precision exactly.
 */
public final class PopularityModel implements ScoringModel {
    private final float[] scores;
    private final Provenance provenance;

    PopularityModel(float[] scores, Provenance provenance) {
        this.scores = scores;
        this.provenance = provenance;
    }

    /** From per-item primary and secondary keys: higher primary first, then higher secondary, then lower index. */
    static float[] rankScores(double[] primary, double[] secondary) {
        int n = primary.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(primary[b], primary[a]);
            return c != 0 ? c : Double.compare(secondary[b], secondary[a]);
        });
        float[] s = new float[n];
        for (int r = 0; r < n; r++) {
            s[order[r]] = n - r;
        }
        return s;
    }

    @Override
    public int itemCount() {
        return scores.length;
    }

    @Override
    public void score(UserHistory history, float[] out) {
        System.arraycopy(scores, 0, out, 0, scores.length);
    }

    float[] scores() {
        return scores;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
