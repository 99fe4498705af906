package io.marketpilot.recommend.knn;

/**
 * How item-kNN compares two items from the users they share. With {@code co} users in common, {@code n_i} users of
 * item i (binary data; weighted data uses sums of squared weights and the weighted dot product instead):
 */
public enum Similarity {
    /** {@code co / sqrt(n_i · n_j)}. */
    COSINE("cosine"),
    /**
     * {@code co / (n_i^α · n_j^(1-α))} from history item i to candidate j: α = 0.5 is cosine, α → 1 approaches
     * P(j | i) and so favours popular candidates.
     */
    ASYMMETRIC_COSINE("asymmetric-cosine"),
    /** {@code co / (n_i + n_j - co)} (Tanimoto on weights). */
    JACCARD("jaccard"),
    /**
     * Dunning's log-likelihood ratio of the 2 × 2 co-occurrence table over all users with any pair; only pairs that
     * co-occur more often than independence predicts are kept. Ignores weights.
     */
    LLR("llr");

    private final String label;

    Similarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
