package io.marketpilot.recommend.ease;

import io.marketpilot.recommend.data.Interactions;

/**
 * A sparse matrix in compressed rows with double values: what EASE multiplies. Row {@code r} holds column indices
 * {@code idx[start[r] .. start[r+1])} in ascending order with their values.
 */
record Csr(int cols, int[] start, int[] idx, double[] val) {
    int rows() {
        return start.length - 1;
    }

    /**
     * The user × item matrix with 1 for every pair ({@code weighted = false}) or the pair weight. Users without any
     * pair are left out: they add nothing to XᵀX, and only pad XXᵀ with λ.
     */
    static Csr activeUsers(Interactions data, boolean weighted) {
        int users = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) > 0) {
                users++;
            }
        }
        int[] start = new int[users + 1];
        int[] idx = new int[data.pairs()];
        double[] val = new double[data.pairs()];
        int r = 0;
        int out = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) == 0) {
                continue;
            }
            for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                idx[out] = data.col(p);
                val[out] = weighted ? data.weight(p) : 1.0;
                out++;
            }
            start[++r] = out;
        }
        return new Csr(data.itemCount(), start, idx, val);
    }

    /** Columns become rows; each new row lists its columns in ascending order. */
    Csr transpose() {
        int[] tStart = new int[cols + 1];
        for (int c : idx) {
            tStart[c + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            tStart[c + 1] += tStart[c];
        }
        int[] fill = java.util.Arrays.copyOf(tStart, cols);
        int[] tIdx = new int[idx.length];
        double[] tVal = new double[idx.length];
        for (int r = 0; r < rows(); r++) {
            for (int p = start[r]; p < start[r + 1]; p++) {
                int at = fill[idx[p]]++;
                tIdx[at] = r;
                tVal[at] = val[p];
            }
        }
        return new Csr(rows(), tStart, tIdx, tVal);
    }

    /** Σ over rows of (row length)²: about twice the multiply-adds of the lower triangle of A·Aᵀ. */
    double rowGramCost() {
        double s = 0;
        for (int r = 0; r < rows(); r++) {
            double len = start[r + 1] - start[r];
            s += len * len;
        }
        return s;
    }

    /** Σ over columns of (column length)²: the same for Aᵀ·A. */
    double colGramCost() {
        double[] len = new double[cols];
        for (int c : idx) {
            len[c]++;
        }
        double s = 0;
        for (double l : len) {
            s += l * l;
        }
        return s;
    }
}
