package io.marketpilot.recommend.model;

/**
 * What a model knows about the user it scores for: the user's index in the training dictionary ({@code -1} for a
 * user the model never saw, e.g. a new visitor), and the items of their history oldest first with a weight and the
 * last time (epoch ms) of each. Models that learned a vector per user may use {@code user}; every model must also
 * work from the items alone (fold-in), which is how real-time events reach the recommendations.
 */
public record UserHistory(int user, int[] items, float[] weights, long[] times) {
    public UserHistory {
        if (items.length != weights.length || items.length != times.length) {
            throw new IllegalArgumentException("items, weights and times must have the same length");
        }
    }

    public static UserHistory anonymous(int[] items) {
        float[] w = new float[items.length];
        java.util.Arrays.fill(w, 1f);
        return new UserHistory(-1, items, w, new long[items.length]);
    }

    public int size() {
        return items.length;
    }

    /** The same items, but as an unknown user: forces models to fold in. */
    public UserHistory asAnonymous() {
        return new UserHistory(-1, items, weights, times);
    }
}
