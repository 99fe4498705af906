package io.marketpilot.recommend.model;

/** Structural checks of compressed-sparse-row arrays read from a model file. */
public final class Csr {
    private Csr() {}

    /** {@code start} has {@code rows + 1} non-decreasing offsets from 0 to {@code length}. */
    public static boolean valid(int[] start, int rows, int length) {
        if (start.length != rows + 1 || start[0] != 0 || start[rows] != length) {
            return false;
        }
        for (int r = 0; r < rows; r++) {
            if (start[r] > start[r + 1]) {
                return false;
            }
        }
        return true;
    }

    /** Every value is an index in [0, n). */
    public static boolean inRange(int[] values, int n) {
        for (int v : values) {
            if (v < 0 || v >= n) {
                return false;
            }
        }
        return true;
    }
}
