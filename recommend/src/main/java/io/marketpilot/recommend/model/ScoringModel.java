package io.marketpilot.recommend.model;

import io.marketpilot.core.model.Model;

/**
 * A trained recommender: scores every item of its catalogue (indices of the training item dictionary) for one
 * user. Higher is better; only the order matters within one call. Items the user already has may get any score:
 * callers exclude them. Implementations are immutable and safe to call from many threads at once.
 */
public interface ScoringModel extends Model {
    /** Number of items scored (the training item dictionary's size). */
    int itemCount();

    /** Fills {@code scores} (length {@link #itemCount()}) with this model's score of every item for the user. */
    void score(UserHistory history, float[] scores);

    /**
     * Scores only {@code candidates} (item indices; {@code out[c]} gets the score {@link #score} gives item
     * {@code candidates[c]}, within float rounding) and returns the moments of the scores over the <em>whole</em>
     * catalogue, so callers can z-score the candidates exactly as they would z-score a full array. This is the
     * second stage of two-stage serving on large catalogues; models override it to skip the items they would not
     * touch. The default scores every item and gathers.
     */
    default ScoreMoments scoreCandidates(UserHistory history, int[] candidates, float[] out) {
        float[] all = new float[itemCount()];
        score(history, all);
        for (int c = 0; c < candidates.length; c++) {
            out[c] = all[candidates[c]];
        }
        return ScoreMoments.of(all);
    }
}
