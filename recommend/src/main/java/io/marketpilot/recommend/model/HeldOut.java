package io.marketpilot.recommend.model;

import io.marketpilot.recommend.data.Interactions;

/**
 * Training data with items held out of it for some of its users: what a composite learns its blend on. Evaluation
 * passes its validation split (cut from the training part with the evaluated protocol); the hybrid carves one from
 * its own training data when it has none.
 *
 * @param train         the data to fit on (the held-out items are not in it)
 * @param users         users to score, indices of {@code train}'s user dictionary
 * @param targets       per user, the held-out items (indices of {@code train}'s item dictionary)
 * @param requestMillis per user, the time of the request that the held-out items answer
 */
public record HeldOut(Interactions train, int[] users, int[][] targets, long[] requestMillis) {
    public HeldOut {
        java.util.Objects.requireNonNull(train, "train");
        if (users.length != targets.length || users.length != requestMillis.length) {
            throw new IllegalArgumentException("users (" + users.length + "), targets (" + targets.length
                + ") and requestMillis (" + requestMillis.length + ") must have the same length");
        }
    }

    /** At most {@code max} of the users, evenly spaced (all of them when there are fewer). */
    public HeldOut sample(int max) {
        int step = Math.max(1, (int) Math.ceil((double) users.length / Math.max(1, max)));
        if (step == 1) {
            return this;
        }
        int n = (users.length + step - 1) / step;
        int[] u = new int[n];
        int[][] t = new int[n][];
        long[] r = new long[n];
        for (int k = 0; k < n; k++) {
            u[k] = users[k * step];
            t[k] = targets[k * step];
            r[k] = requestMillis[k * step];
        }
        return new HeldOut(train, u, t, r);
    }
}
