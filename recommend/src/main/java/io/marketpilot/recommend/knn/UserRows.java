package io.marketpilot.recommend.knn;

import io.marketpilot.recommend.data.Interactions;

/**
 * The training matrix user-kNN keeps: users' items with values (1 or the pair weight) in compressed rows, and the
 * same pairs by item, so a history finds the users sharing its items without scanning everyone.
 */
record UserRows(int itemCount, int[] start, int[] items, float[] values, int[] byItemStart, int[] byItemUsers,
                float[] byItemValues, float[] norms) {
    static UserRows of(Interactions data, boolean weighted) {
        int[] start = data.rowStartArray().clone();
        int[] items = data.colArray().clone();
        float[] values = new float[items.length];
        for (int p = 0; p < values.length; p++) {
            values[p] = weighted ? data.weight(p) : 1f;
        }
        return of(data.itemCount(), start, items, values);
    }

    /** Derives the item index and norms from the rows (also used when reading a saved model). */
    static UserRows of(int itemCount, int[] start, int[] items, float[] values) {
        int users = start.length - 1;
        int[] bStart = new int[itemCount + 1];
        for (int i : items) {
            bStart[i + 1]++;
        }
        for (int i = 0; i < itemCount; i++) {
            bStart[i + 1] += bStart[i];
        }
        int[] fill = java.util.Arrays.copyOf(bStart, itemCount);
        int[] bUsers = new int[items.length];
        float[] bValues = new float[items.length];
        float[] norms = new float[users];
        for (int u = 0; u < users; u++) {
            double s = 0;
            for (int p = start[u]; p < start[u + 1]; p++) {
                int at = fill[items[p]]++;
                bUsers[at] = u;
                bValues[at] = values[p];
                s += (double) values[p] * values[p];
            }
            norms[u] = (float) Math.sqrt(s);
        }
        return new UserRows(itemCount, start, items, values, bStart, bUsers, bValues, norms);
    }

    int userCount() {
        return start.length - 1;
    }

    /** Checks rows read from outside: offsets ascending, items in range, values finite. */
    static String problem(int itemCount, int[] start, int[] items, float[] values) {
        if (itemCount < 0 || start.length == 0 || start[0] != 0 || start[start.length - 1] != items.length
            || items.length != values.length) {
            return "row offsets do not match " + items.length + " pairs";
        }
        for (int u = 0; u + 1 < start.length; u++) {
            if (start[u + 1] < start[u]) {
                return "row offsets decrease at user " + u;
            }
        }
        for (int p = 0; p < items.length; p++) {
            if (items[p] < 0 || items[p] >= itemCount || !Float.isFinite(values[p])) {
                return "pair " + p + " is out of range (" + items[p] + ", " + values[p] + ")";
            }
        }
        return null;
    }
}
