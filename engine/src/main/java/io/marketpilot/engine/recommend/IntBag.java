package io.marketpilot.engine.recommend;

import java.util.Arrays;

/** A small growable list of distinct ints in insertion order (baskets are short: linear checks win). */
final class IntBag {
    int[] values = new int[4];
    int size;

    void addDistinct(int v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                if (i < size - 1) {
                    System.arraycopy(values, i + 1, values, i, size - i - 1);
                    values[size - 1] = v;
                }
                return;
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Drops the oldest entries beyond {@code max}. */
    void keepLast(int max) {
        if (size > max) {
            System.arraycopy(values, size - max, values, 0, max);
            size = max;
        }
    }
}
