package io.marketpilot.recommend.model;

/**
 * What a model knows about the user it scores for: the user's index in the training dictionary ({@code -1} for a
 * user the model never saw, e.g. a new visitor), and the items of their history oldest first with a weight and the
 * last time (epoch ms) of each, and the time of the request ({@code nowMillis}: the clock when serving, the test
 * event's time or the cutoff when evaluating) that time-aware models count back from. Models that learned a vector per user may use {@code user}; every model must also
 * work from the items alone (fold-in), which is how real-time events reach the recommendations.
 */
public record UserHistory(int user, int[] items, float[] weights, long[] times, long nowMillis) {
    public UserHistory {
        if (items.length != weights.length || items.length != times.length) {
            throw new IllegalArgumentException("items, weights and times must have the same length");
        }
    }

    /** A history whose request time is its latest event (or unknown, {@link Long#MIN_VALUE}, when empty). */
    public UserHistory(int user, int[] items, float[] weights, long[] times) {
        this(user, items, weights, times, latest(times));
    }

    private static long latest(long[] times) {
        long max = Long.MIN_VALUE;
        for (long t : times) {
            max = Math.max(max, t);
        }
        return max;
    }

    /** The same history requested at another time. */
    public UserHistory at(long requestMillis) {
        return new UserHistory(user, items, weights, times, requestMillis);
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
        return new UserHistory(-1, items, weights, times, nowMillis);
    }
}
