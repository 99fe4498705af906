package io.marketpilot.recommend.content;

import java.util.Arrays;

/**
 * Inverted index over unit item vectors: for each dimension, the items with a non-zero value there. A query's dot
 * product with every item costs only the postings of the query's dimensions, which is what makes TF-IDF neighbours
 * and profile scoring cheap; dense vectors work too (every posting list is full).
 */
final class VectorIndex {
    private final Rows vectors;
    private final int[] start;
    private final int[] item;
    private final float[] value;

    VectorIndex(Rows vectors) {
        this.vectors = vectors;
        int dims = 0;
        for (int d : vectors.col()) {
            dims = Math.max(dims, d + 1);
        }
        start = new int[dims + 1];
        for (int d : vectors.col()) {
            start[d + 1]++;
        }
        for (int d = 0; d < dims; d++) {
            start[d + 1] += start[d];
        }
        int[] fill = Arrays.copyOf(start, dims);
        item = new int[vectors.col().length];
        value = new float[item.length];
        for (int i = 0; i < vectors.itemCount(); i++) {
            for (int p = vectors.start()[i]; p < vectors.start()[i + 1]; p++) {
                int at = fill[vectors.col()[p]]++;
                item[at] = i;
                value[at] = vectors.value()[p];
            }
        }
    }

    Rows vectors() {
        return vectors;
    }

    /** {@code out[j] += query · vector(j)} for every item j; returns how many postings were read. */
    long dotAll(int[] dims, float[] values, float[] out) {
        long read = 0;
        for (int k = 0; k < dims.length; k++) {
            int d = dims[k];
            if (d < 0 || d + 1 >= start.length) {
                continue;
            }
            float q = values[k];
            for (int p = start[d]; p < start[d + 1]; p++) {
                out[item[p]] += q * value[p];
            }
            read += start[d + 1] - start[d];
        }
        return read;
    }

    /** {@code out.add(j, query · vector(j))} for every item j sharing a dimension with the query, in {@link #dotAll} order. */
    void dotAll(int[] dims, float[] values, io.marketpilot.recommend.model.SparseScores out) {
        for (int k = 0; k < dims.length; k++) {
            int d = dims[k];
            if (d < 0 || d + 1 >= start.length) {
                continue;
            }
            float q = values[k];
            for (int p = start[d]; p < start[d + 1]; p++) {
                out.add(item[p], q * value[p]);
            }
        }
    }

    /** How many postings the dimensions have together. */
    long postings(int[] dims) {
        long n = 0;
        for (int d : dims) {
            if (d >= 0 && d + 1 < start.length) {
                n += start[d + 1] - start[d];
            }
        }
        return n;
    }

    /**
     * The {@code k} items most similar to item {@code i} (positive cosine, best first, ties by lower index), into
     * {@code items}/{@code sims}; returns how many. {@code scratch} comes back cleared.
     */
    int neighbours(int i, int k, Scratch scratch, int[] items, float[] sims) {
        float[] acc = scratch.acc;
        int distinct = 0;
        for (int q = vectors.start()[i]; q < vectors.start()[i + 1]; q++) {
            int d = vectors.col()[q];
            float v = vectors.value()[q];
            for (int p = start[d]; p < start[d + 1]; p++) {
                int j = item[p];
                if (j != i) {
                    if (!scratch.seen[j]) {
                        scratch.seen[j] = true;
                        scratch.touched[distinct++] = j;
                    }
                    acc[j] += v * value[p];
                }
            }
        }
        long[] keys = new long[distinct];
        int positive = 0;
        for (int t = 0; t < distinct; t++) {
            int j = scratch.touched[t];
            if (acc[j] > 0) {
                // positive floats order like their bit patterns: descending similarity, then ascending item
                keys[positive++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(acc[j])) << 32) | j;
            }
        }
        Arrays.sort(keys, 0, positive);
        int found = Math.min(k, positive);
        for (int r = 0; r < found; r++) {
            items[r] = (int) keys[r];
            sims[r] = acc[items[r]];
        }
        for (int t = 0; t < distinct; t++) {
            acc[scratch.touched[t]] = 0;
            scratch.seen[scratch.touched[t]] = false;
        }
        return found;
    }

    /** Per-thread work arrays of {@link #neighbours}. */
    static final class Scratch {
        final float[] acc;
        final boolean[] seen;
        final int[] touched;

        Scratch(int items) {
            acc = new float[items];
            seen = new boolean[items];
            touched = new int[items];
        }
    }
}
