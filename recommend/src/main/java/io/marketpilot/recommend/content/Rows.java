package io.marketpilot.recommend.content;

import java.util.Arrays;

/**
 * Sparse rows in CSR form: row {@code r} is {@code (col, value)[start[r] .. start[r + 1])}. Used for the item vectors
 * (columns = dimensions, ascending) and the neighbour lists (columns = items, best first).
 */
record Rows(int[] start, int[] col, float[] value) implements ItemVectors {
    @Override
    public int itemCount() {
        return start.length - 1;
    }

    int length(int r) {
        return start[r + 1] - start[r];
    }

    @Override
    public int[] dims(int r) {
        return Arrays.copyOfRange(col, start[r], start[r + 1]);
    }

    @Override
    public float[] values(int r) {
        return Arrays.copyOfRange(value, start[r], start[r + 1]);
    }

    /** Copies {@code vectors} row by row, each scaled to unit L2 length (zero rows stay empty). */
    static Rows normalised(ItemVectors vectors) {
        int n = vectors.itemCount();
        int[] start = new int[n + 1];
        int[] col = new int[1024];
        float[] value = new float[1024];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int[] d = vectors.dims(i);
            float[] v = vectors.values(i);
            if (d.length != v.length) {
                throw new IllegalArgumentException("item " + i + " has " + d.length + " dims but " + v.length
                    + " values");
            }
            double sq = 0;
            for (float x : v) {
                sq += x * x;
            }
            if (sq > 0) {
                if (at + d.length > col.length) {
                    col = Arrays.copyOf(col, Math.max(col.length * 2, at + d.length));
                    value = Arrays.copyOf(value, col.length);
                }
                float inv = (float) (1 / Math.sqrt(sq));
                for (int k = 0; k < d.length; k++) {
                    if (d[k] < 0 || (k > 0 && d[k] <= d[k - 1])) {
                        throw new IllegalArgumentException("item " + i + ": dims must be >= 0 and ascending");
                    }
                    col[at] = d[k];
                    value[at++] = v[k] * inv;
                }
            }
            start[i + 1] = at;
        }
        return new Rows(start, Arrays.copyOf(col, at), Arrays.copyOf(value, at));
    }
}
