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
}
