package io.marketpilot.recommend.model;

/**
 * The mean and standard deviation of one model's scores for one user over its whole catalogue, counting finite
 * scores only: what z-scoring needs, so scores of a few candidates can be put on the scale full scoring would give
 * them. {@link #zScores} maps exactly as {@code hybrid}'s normaliser maps a full score array.
 */
public record ScoreMoments(double mean, double sd) {
    /** Below this spread every score counts as equal, and z-scores are all 0. */
    public static final double FLAT = 1e-12;

    /** The moments of {@code scores} (non-finite values skipped). */
    public static ScoreMoments of(float[] scores) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (float v : scores) {
            if (v == v && !Float.isInfinite(v)) {
                sum += v;
                sq += (double) v * v;
                n++;
            }
        }
        return fromSums(sum, sq, n);
    }

    /** From the sum and the sum of squares of {@code n} scores. */
    public static ScoreMoments fromSums(double sum, double squares, long n) {
        if (n == 0) {
            return new ScoreMoments(0, 0);
        }
        double mean = sum / n;
        return new ScoreMoments(mean, Math.sqrt(Math.max(0, squares / n - mean * mean)));
    }

    /** Turns {@code scores[0..len)} into z-scores in place; non-finite scores, and all scores when flat, become 0. */
    public void zScores(float[] scores, int len) {
        if (sd < FLAT) {
            java.util.Arrays.fill(scores, 0, len, 0f);
            return;
        }
        float m = (float) mean;
        float inv = (float) (1 / sd);
        for (int i = 0; i < len; i++) {
            float v = scores[i];
            scores[i] = v == v && !Float.isInfinite(v) ? (v - m) * inv : 0f;
        }
    }
}
