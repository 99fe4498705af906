package io.marketpilot.experiments.metrics;

import java.util.Arrays;

/**
 * The per-unit metric slots of units that had outcomes, in fixed-size blocks of floats (no large copy when it
 * grows; a float keeps a unit's sums exact to about 7 digits, and sums over units are taken in double), with
 * each row's variant and covariate. Not thread-safe.
 */
final class OutcomeRows {
    private static final int BLOCK_ROWS = 1 << 14;
    private final int width;
    private float[][] blocks = new float[0][];
    private byte[] variants = new byte[0];
    private float[] covariates = new float[0];
    private int count;

    OutcomeRows(int width) {
        this.width = width;
    }

    int count() {
        return count;
    }

    /** Appends a zeroed row and returns its index. */
    int add(int variant, float covariate) {
        if (count == variants.length) {
            int capacity = Math.max(BLOCK_ROWS, variants.length * 2);
            variants = Arrays.copyOf(variants, capacity);
            covariates = Arrays.copyOf(covariates, capacity);
        }
        int block = count / BLOCK_ROWS;
        if (block == blocks.length) {
            blocks = Arrays.copyOf(blocks, block + 1);
            blocks[block] = new float[BLOCK_ROWS * width];
        }
        variants[count] = (byte) variant;
        covariates[count] = covariate;
        return count++;
    }

    void add(int row, int column, double value) {
        blocks[row / BLOCK_ROWS][(row % BLOCK_ROWS) * width + column] += (float) value;
    }

    double get(int row, int column) {
        return blocks[row / BLOCK_ROWS][(row % BLOCK_ROWS) * width + column];
    }

    int variant(int row) {
        return variants[row];
    }

    void setCovariate(int row, float value) {
        covariates[row] = value;
    }

    double covariate(int row) {
        return covariates[row];
    }
}
