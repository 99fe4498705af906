package io.marketpilot.recommend.knn;

/**
 * Every item's neighbours, best first, back to back: item i's are {@code items/sims[start[i] .. start[i+1])}.
 * Immutable once built (arrays are never handed out unless copied).
 */
record NeighbourLists(int[] start, int[] items, float[] sims) {
    static NeighbourLists of(int[][] items, float[][] sims) {
        int n = items.length;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + items[i].length;
        }
        int[] all = new int[start[n]];
        float[] allSims = new float[start[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items[i], 0, all, start[i], items[i].length);
            System.arraycopy(sims[i], 0, allSims, start[i], sims[i].length);
        }
        return new NeighbourLists(start, all, allSims);
    }

    /** The same pairs listed the other way round: j lists i (same similarity) wherever i lists j. */
    NeighbourLists inverse() {
        int n = itemCount();
        int[] invStart = new int[n + 1];
        for (int j : items) {
            invStart[j + 1]++;
        }
        for (int j = 0; j < n; j++) {
            invStart[j + 1] += invStart[j];
        }
        int[] fill = java.util.Arrays.copyOf(invStart, n);
        int[] invItems = new int[items.length];
        float[] invSims = new float[items.length];
        for (int i = 0; i < n; i++) {
            for (int p = start[i]; p < start[i + 1]; p++) {
                int at = fill[items[p]]++;
                invItems[at] = i;
                invSims[at] = sims[p];
            }
        }
        return new NeighbourLists(invStart, invItems, invSims);
    }

    int itemCount() {
        return start.length - 1;
    }

    /** Checks the structure of lists read from outside: offsets ascending, neighbours in range, sims finite. */
    static String problem(int[] start, int[] items, float[] sims) {
        if (start.length == 0 || start[0] != 0 || start[start.length - 1] != items.length
            || items.length != sims.length) {
            return "neighbour offsets do not match " + items.length + " neighbours";
        }
        int n = start.length - 1;
        for (int i = 0; i < n; i++) {
            if (start[i + 1] < start[i]) {
                return "neighbour offsets decrease at item " + i;
            }
        }
        for (int p = 0; p < items.length; p++) {
            if (items[p] < 0 || items[p] >= n || !Float.isFinite(sims[p])) {
                return "neighbour entry " + p + " is out of range (" + items[p] + ", " + sims[p] + ")";
            }
        }
        return null;
    }
}
