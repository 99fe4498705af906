package io.marketpilot.recommend.evaluation;

import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;

/**
 * One train/test split of an interaction log: the training rows and their collapsed matrix, the test users and each
 * one's target items (indices in the log's item dictionary), the reference time (the latest training time, which
 * recent-window models count back from), and which items form the catalogue that is ranked (items with at least one
 * training pair).
 *
 * @param log       the full (type-filtered) log the split was cut from
 * @param trainRows ascending rows of {@code log} used for training
 * @param train     the training matrix
 * @param users     test users (indices in the log's user dictionary), ascending
 * @param targets   per test user, its target items
 * @param requestMillis per test user, the time of the request: its held-out event (loo) or the cutoff (time-split)
 */
public record Split(InteractionLog log, int[] trainRows, Interactions train, int[] users, int[][] targets,
                    long[] requestMillis, long referenceMillis, boolean[] inCatalogue, String protocol) {

    /** Number of items in the log (the denominator of coverage, as in the peers' tables). */
    public int itemCount() {
        return log.items().size();
    }

    /** Number of items that can be recommended. */
    public int catalogueSize() {
        int n = 0;
        for (boolean b : inCatalogue) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** The training rows as a log of their own, to carve a validation split from (never the test rows). */
    public InteractionLog trainingLog() {
        return log.select(trainRows);
    }
}
