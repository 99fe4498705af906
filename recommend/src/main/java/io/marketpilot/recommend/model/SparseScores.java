package io.marketpilot.recommend.model;

import java.util.Arrays;

/**
 * Scores accumulated for the few items a history touches (neighbour votes, shared terms), every other item
 * implicitly 0: an open-addressing map from item to score, or plain arrays when more than a sixteenth of the
 * catalogue is expected (where the map would outgrow them). Touched items are listed in order of first touch
 * ({@link #item(int)}), so callers walk them without scanning the catalogue; each item's additions happen in call
 * order, so sums are bit-identical to a dense accumulation in the same order. Filled by one thread; once filled,
 * safe to read from any thread that received it safely.
 */
public final class SparseScores {
    private final int itemCount;
    private final float[] dense;
    private final boolean[] seen;
    private int[] keys;
    private float[] values;
    private int[] touched;
    private int size;

    /** @param expected about how many additions will follow, to size the map (it grows when exceeded) */
    public SparseScores(int itemCount, long expected) {
        this.itemCount = itemCount;
        if (expected > itemCount / 16) {
            dense = new float[itemCount];
            seen = new boolean[itemCount];
        } else {
            dense = null;
            seen = null;
            allocate(Integer.highestOneBit((int) Math.max(16, expected * 2 + 1)) << 1);
        }
        touched = new int[(int) Math.min(itemCount, Math.max(16, expected))];
    }

    /** {@code score(item) += v}. */
    public void add(int item, float v) {
        if (dense != null) {
            if (!seen[item]) {
                seen[item] = true;
                touch(item);
            }
            dense[item] += v;
            return;
        }
        int slot = slot(item);
        if (keys[slot] < 0) {
            if (2 * (size + 1) > keys.length) {
                grow();
                slot = slot(item);
            }
            keys[slot] = item;
            touch(item);
        }
        values[slot] += v;
    }

    /** Replaces the score of a touched item (untouched items are left alone). */
    public void set(int item, float v) {
        if (dense != null) {
            if (seen[item]) {
                dense[item] = v;
            }
            return;
        }
        int slot = slot(item);
        if (keys[slot] >= 0) {
            values[slot] = v;
        }
    }

    /** The accumulated score; 0 for an untouched item. */
    public float get(int item) {
        if (dense != null) {
            return dense[item];
        }
        int slot = slot(item);
        return keys[slot] < 0 ? 0f : values[slot];
    }

    public boolean contains(int item) {
        return dense != null ? seen[item] : keys[slot(item)] >= 0;
    }

    /** How many distinct items were touched. */
    public int size() {
        return size;
    }

    /** The k-th touched item ({@code 0 <= k < size()}), in order of first touch. */
    public int item(int k) {
        return touched[k];
    }

    public int itemCount() {
        return itemCount;
    }

    private void touch(int item) {
        if (size == touched.length) {
            touched = Arrays.copyOf(touched, Math.min(itemCount, Math.max(16, size * 2)));
        }
        touched[size++] = item;
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        Arrays.fill(keys, -1);
        values = new float[capacity];
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        allocate(keys.length * 2);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] >= 0) {
                int at = slot(oldKeys[s]);
                keys[at] = oldKeys[s];
                values[at] = oldValues[s];
            }
        }
    }

    private int slot(int item) {
        int mask = keys.length - 1;
        int s = (item * 0x9E3779B9 >>> 7) & mask;
        while (keys[s] >= 0 && keys[s] != item) {
            s = (s + 1) & mask;
        }
        return s;
    }
}
