package io.marketpilot.recommend.hybrid;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoreMoments;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;
import java.util.List;

/**
 * A weighted sum of component models' z-scored scores. Weights were learned on validation data; components with
 * weight 0 are kept out of the model entirely.
 */
public final class HybridModel implements ScoringModel {
    /** Items sampled (uniformly, fixed seed) to estimate how correlated the components are over the catalogue. */
    static final int CORRELATION_SAMPLE = 1024;

    /** One component: the algorithm's name (to find its format), its model and its weight. */
    public record Component(String algorithm, ScoringModel model, float weight) {}

    private final List<Component> components;
    private final Provenance provenance;
    private final int items;
    private volatile int[] sample;

    HybridModel(List<Component> components, Provenance provenance) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a hybrid needs at least one component");
        }
        this.components = List.copyOf(components);
        this.provenance = provenance;
        this.items = components.get(0).model().itemCount();
        for (Component c : components) {
            if (c.model().itemCount() != items) {
                throw new IllegalArgumentException("component " + c.algorithm() + " scores " + c.model().itemCount()
                    + " items, expected " + items);
            }
        }
    }

    public List<Component> components() {
        return components;
    }

    @Override
    public int itemCount() {
        return items;
    }

    @Override
    public void score(UserHistory history, float[] out) {
        java.util.Arrays.fill(out, 0f);
        float[] buf = new float[items];
        for (Component c : components) {
            c.model().score(history, buf);
            ScoreNormaliser.zScores(buf);
            float w = c.weight();
            for (int i = 0; i < items; i++) {
                out[i] += w * buf[i];
            }
        }
    }

    /**
     * Each component scores the candidates and returns its exact moments, so every candidate gets exactly the score
     * {@link #score} gives it. The blend's own spread over the catalogue is {@code √(Σ w² + 2 Σ w_c w_d ρ_cd)}: the
     * squares are exact (z-scores have unit variance), the correlations ρ between components are estimated on a
     * fixed uniform sample of {@link #CORRELATION_SAMPLE} items (not needed with a single component). The mean is 0.
     */
    @Override
    public ScoreMoments scoreCandidates(UserHistory history, int[] candidates, float[] out) {
        int n = candidates.length;
        int parts = components.size();
        int[] scored = candidates;
        if (parts > 1) {
            int[] s = sample();
            scored = java.util.Arrays.copyOf(candidates, n + s.length);
            System.arraycopy(s, 0, scored, n, s.length);
        }
        java.util.Arrays.fill(out, 0, n, 0f);
        float[] buf = new float[scored.length];
        float[][] sampled = new float[parts][];
        float[] weights = new float[parts];
        for (int c = 0; c < parts; c++) {
            Component comp = components.get(c);
            ScoreMoments m = comp.model().scoreCandidates(history, scored, buf);
            m.zScores(buf, scored.length);
            float w = comp.weight();
            for (int i = 0; i < n; i++) {
                out[i] += w * buf[i];
            }
            weights[c] = m.sd() < ScoreMoments.FLAT ? 0 : w;
            sampled[c] = java.util.Arrays.copyOfRange(buf, n, scored.length);
        }
        double variance = 0;
        for (int c = 0; c < parts; c++) {
            variance += (double) weights[c] * weights[c];
            for (int d = c + 1; d < parts; d++) {
                variance += 2.0 * weights[c] * weights[d] * correlation(sampled[c], sampled[d]);
            }
        }
        return new ScoreMoments(0, Math.sqrt(Math.max(0, variance)));
    }

    private static double correlation(float[] a, float[] b) {
        if (a.length == 0) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return Math.max(-1, Math.min(1, s / a.length));
    }

    private int[] sample() {
        int[] s = sample;
        if (s == null) {
            int m = Math.min(items, CORRELATION_SAMPLE);
            int[] all = new int[items];
            for (int i = 0; i < items; i++) {
                all[i] = i;
            }
            java.util.SplittableRandom r = new java.util.SplittableRandom(0x5EED);
            for (int i = 0; i < m; i++) {
                int j = i + r.nextInt(items - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            s = java.util.Arrays.copyOf(all, m);
            sample = s;
        }
        return s;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
