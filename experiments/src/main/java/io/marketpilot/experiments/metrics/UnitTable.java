package io.marketpilot.experiments.metrics;

import java.util.Arrays;

/**
 * Open-addressing map from a unit's 64-bit hash to a slot with its variant, first exposure and outcome row, in
 * primitive arrays (about 25 bytes per slot at most 60 % full, so 10 million units take about 420 MB), with the
 * unit's pre-exposure covariate. Not thread-safe.
 */
final class UnitTable {
    static final int ABSENT = -1;
    private long[] keys;
    private byte[] variants;
    private long[] firstMillis;
    private int[] rows;
    private float[] covariates;
    private int size;

    UnitTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6))) * 2;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        variants = new byte[capacity];
        firstMillis = new long[capacity];
        rows = new int[capacity];
        covariates = new float[capacity];
        Arrays.fill(rows, ABSENT);
    }

    int size() {
        return size;
    }

    int find(long key) {
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int i = (int) (k ^ (k >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return i;
            }
            if (keys[i] == 0) {
                return ABSENT;
            }
        }
    }

    /** The slot of {@code key}, inserted with the given variant and time when new; {@code -slot - 1} when it existed. */
    int insert(long key, int variant, long millis) {
        if (size + 1 > keys.length * 0.6) {
            grow();
        }
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int i = (int) (k ^ (k >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return -i - 1;
            }
            if (keys[i] == 0) {
                keys[i] = k;
                variants[i] = (byte) variant;
                firstMillis[i] = millis;
                size++;
                return i;
            }
        }
    }

    int capacity() {
        return keys.length;
    }

    boolean used(int slot) {
        return keys[slot] != 0;
    }

    float covariate(int slot) {
        return covariates[slot];
    }

    void setCovariate(int slot, float value) {
        covariates[slot] = value;
    }

    int variant(int slot) {
        return variants[slot];
    }

    long firstMillis(int slot) {
        return firstMillis[slot];
    }

    int row(int slot) {
        return rows[slot];
    }

    void setRow(int slot, int row) {
        rows[slot] = row;
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[] oldVariants = variants;
        long[] oldMillis = firstMillis;
        int[] oldRows = rows;
        float[] oldCovariates = covariates;
        allocate(keys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = insert(oldKeys[i], oldVariants[i], oldMillis[i]);
                rows[slot] = oldRows[i];
                covariates[slot] = oldCovariates[i];
            }
        }
    }
}
