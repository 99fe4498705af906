package io.marketpilot.recommend.ease;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * A trained EASE model: the item × item weight matrix B (zero diagonal), one float row per history item. The score
 * of item j is {@code Σ_h x_h · B[h][j]} over the history, with {@code x_h} 1 (binary) or the pair weight, times
 * the {@link HistoryDecay} of the item's latest position in the history.
 */
public final class EaseModel implements ScoringModel {
    private final float[][] b;
    private final boolean weighted;
    private final HistoryDecay decay;
    private final Provenance provenance;

    EaseModel(float[][] b, boolean weighted, HistoryDecay decay, Provenance provenance) {
        this.b = b;
        this.weighted = weighted;
        this.decay = decay;
        this.provenance = provenance;
    }

    @Override
    public int itemCount() {
        return b.length;
    }

    @Override
    public void score(UserHistory history, float[] out) {
        int n = b.length;
        Arrays.fill(out, 0, n, 0f);
        long[] keyed = new long[history.size()];
        int k = 0;
        for (int p = 0; p < history.size(); p++) {
            int item = history.items()[p];
            // items newer than the model carry no signal for it
            if (item >= 0 && item < n) {
                keyed[k++] = ((long) item << 32) | p;
            }
        }
        Arrays.sort(keyed, 0, k);
        float[] recency = decay.isNone() ? null : decay.weights(history);
        // a repeated item is one pair: counted once (at its latest position's decay), or with its weights summed
        for (int s = 0; s < k; ) {
            int item = (int) (keyed[s] >>> 32);
            float sum = 0;
            float latest = 0;
            for (; s < k && (int) (keyed[s] >>> 32) == item; s++) {
                int p = (int) keyed[s];
                float r = recency == null ? 1f : recency[p];
                sum += history.weights()[p] * r;
                latest = Math.max(latest, r);
            }
            axpy(weighted ? sum : latest, b[item], out, n);
        }
    }

    private static void axpy(float w, float[] row, float[] out, int n) {
        for (int j = 0; j < n; j++) {
            out[j] += w * row[j];
        }
    }

    /** The weight of item {@code to} given item {@code from} in the history. */
    public float weight(int from, int to) {
        return b[from][to];
    }

    float[][] matrix() {
        return b;
    }

    boolean weighted() {
        return weighted;
    }

    HistoryDecay decay() {
        return decay;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
