package io.marketpilot.recommend.hybrid;

/**
 * Puts one model's scores for one user on a common scale before blending: z-scores over the scored items
 * (mean 0, standard deviation 1). A model that gives every item the same score contributes zeros, not noise.
 */
final class ScoreNormaliser {
    private ScoreNormaliser() {}

    static void zScores(float[] s) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (float v : s) {
            if (v == v && !Float.isInfinite(v)) {
                sum += v;
                sq += (double) v * v;
                n++;
            }
        }
        if (n == 0) {
            java.util.Arrays.fill(s, 0f);
            return;
        }
        double mean = sum / n;
        double var = Math.max(0, sq / n - mean * mean);
        double sd = Math.sqrt(var);
        if (sd < 1e-12) {
            java.util.Arrays.fill(s, 0f);
            return;
        }
        float m = (float) mean;
        float inv = (float) (1 / sd);
        for (int i = 0; i < s.length; i++) {
            float v = s[i];
            s[i] = v == v && !Float.isInfinite(v) ? (v - m) * inv : 0f;
        }
    }
}
