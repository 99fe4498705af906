package io.marketpilot.recommend.session;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * Past sessions, most recent first (by last time; ties by user, then by order within the user): session {@code s}
 * holds {@code items[start[s] .. start[s + 1])} in time order and belongs to user {@code user[s]}. A user's pairs
 * start a new session where the gap to the previous pair exceeds the limit (limit 0: one session per user).
 * {@link Interactions} keeps only the last time of each (user, item) pair, so an item sits in the last session it
 * occurred in, and every item appears at most once per user.
 */
record Sessions(int[] start, int[] items, int[] user) {
    static Sessions of(Interactions data, long gapMillis) {
        int pairs = data.pairs();
        int[] rawStart = new int[pairs + 1];
        int[] rawItems = new int[pairs];
        int[] rawUser = new int[pairs];
        long[] rawEnd = new long[pairs];
        int count = 0;
        int at = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) == 0) {
                continue;
            }
            UserHistory h = data.history(u);
            for (int k = 0; k < h.size(); k++) {
                if (k > 0 && gapMillis > 0 && h.times()[k] - h.times()[k - 1] > gapMillis) {
                    rawUser[count] = u;
                    rawEnd[count] = h.times()[k - 1];
                    rawStart[++count] = at;
                }
                rawItems[at++] = h.items()[k];
            }
            rawUser[count] = u;
            rawEnd[count] = h.times()[h.size() - 1];
            rawStart[++count] = at;
        }
        Integer[] order = new Integer[count];
        for (int s = 0; s < count; s++) {
            order[s] = s;
        }
        // raw sessions are already by user, then time: a stable sort on end time alone keeps those tie-breaks
        Arrays.sort(order, (a, b) -> Long.compare(rawEnd[b], rawEnd[a]));
        int[] start = new int[count + 1];
        int[] items = new int[at];
        int[] user = new int[count];
        int out = 0;
        for (int s = 0; s < count; s++) {
            int r = order[s];
            int len = rawStart[r + 1] - rawStart[r];
            System.arraycopy(rawItems, rawStart[r], items, out, len);
            out += len;
            start[s + 1] = out;
            user[s] = rawUser[r];
        }
        return new Sessions(start, items, user);
    }

    int count() {
        return user.length;
    }

    int length(int s) {
        return start[s + 1] - start[s];
    }

    /** Item → sessions containing it, ascending session index (most recent first), in CSR form. */
    int[][] itemIndex(int itemCount) {
        int[] istart = new int[itemCount + 1];
        for (int i : items) {
            istart[i + 1]++;
        }
        for (int i = 0; i < itemCount; i++) {
            istart[i + 1] += istart[i];
        }
        int[] fill = Arrays.copyOf(istart, itemCount);
        int[] list = new int[items.length];
        for (int s = 0; s < count(); s++) {
            for (int p = start[s]; p < start[s + 1]; p++) {
                list[fill[items[p]]++] = s;
            }
        }
        return new int[][] {istart, list};
    }
}
