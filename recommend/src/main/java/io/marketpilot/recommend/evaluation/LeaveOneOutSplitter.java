package io.marketpilot.recommend.evaluation;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import java.util.Arrays;

/**
 * {@code loo}: pairs are stamped with their last time; per user the pair whose last event is latest (ties: later in
 * the log) is held out when the user has at least two distinct items. Every other event trains.
 */
final class LeaveOneOutSplitter {
    private LeaveOneOutSplitter() {}

    static Split split(InteractionLog log, EventWeights weights) {
        int nUsers = log.users().size();
        int[] latestRow = new int[nUsers];
        Arrays.fill(latestRow, -1);
        for (int r = 0; r < log.size(); r++) {
            int u = log.user(r);
            int best = latestRow[u];
            if (best < 0 || log.timeMillis(r) >= log.timeMillis(best)) {
                latestRow[u] = r;
            }
        }
        int[] heldOut = new int[nUsers];
        Arrays.fill(heldOut, -1);
        int[] firstItem = new int[nUsers];
        Arrays.fill(firstItem, -1);
        boolean[] twoItems = new boolean[nUsers];
        for (int r = 0; r < log.size(); r++) {
            int u = log.user(r);
            if (firstItem[u] < 0) {
                firstItem[u] = log.item(r);
            } else if (firstItem[u] != log.item(r)) {
                twoItems[u] = true;
            }
        }
        int testUsers = 0;
        for (int u = 0; u < nUsers; u++) {
            if (twoItems[u]) {
                heldOut[u] = log.item(latestRow[u]);
                testUsers++;
            }
        }
        int[] train = new int[log.size()];
        int n = 0;
        for (int r = 0; r < log.size(); r++) {
            if (heldOut[log.user(r)] != log.item(r)) {
                train[n++] = r;
            }
        }
        train = Arrays.copyOf(train, n);
        long reference = latestTime(log, train);
        Interactions matrix = new InteractionsBuilder(weights).build(log, train, reference);
        boolean[] catalogue = new boolean[log.items().size()];
        for (int c : matrix.colArray()) {
            catalogue[c] = true;
        }
        int[] users = new int[testUsers];
        int[][] targets = new int[testUsers][];
        long[] request = new long[testUsers];
        int t = 0;
        for (int u = 0; u < nUsers; u++) {
            if (heldOut[u] >= 0) {
                users[t] = u;
                request[t] = log.timeMillis(latestRow[u]);
                targets[t++] = new int[] {heldOut[u]};
            }
        }
        return new Split(log, train, matrix, users, targets, request, reference, catalogue, "loo");
    }

    static long latestTime(InteractionLog log, int[] rows) {
        long max = Long.MIN_VALUE;
        for (int r : rows) {
            max = Math.max(max, log.timeMillis(r));
        }
        return max;
    }
}
