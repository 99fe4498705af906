package io.marketpilot.recommend.rules;

import java.util.Arrays;

/**
 * Frequent itemsets with their support counts, stored flat (items of all sets back to back, each set ascending)
 * with an open-addressing index so the support of any stored set, or of a stored set minus one element, is found
 * without allocating. Immutable.
 */
public final class FrequentItemsets {
    private final int baskets;
    private final int[] start;
    private final int[] items;
    private final int[] support;
    private final int[] slots;

    private FrequentItemsets(int baskets, int[] start, int[] items, int[] support) {
        this.baskets = baskets;
        this.start = start;
        this.items = items;
        this.support = support;
        int n = support.length;
        this.slots = new int[Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1];
        for (int k = 0; k < n; k++) {
            int s = hash(k, -1) & (slots.length - 1);
            while (slots[s] != 0) {
                s = (s + 1) & (slots.length - 1);
            }
            slots[s] = k + 1;
        }
    }

    /** Number of baskets mined. */
    public int baskets() {
        return baskets;
    }

    /** Number of itemsets. */
    public int size() {
        return support.length;
    }

    public int length(int set) {
        return start[set + 1] - start[set];
    }

    /** The {@code j}-th smallest item of itemset {@code set}. */
    public int item(int set, int j) {
        return items[start[set] + j];
    }

    /** The items of itemset {@code set}, ascending (a copy). */
    public int[] items(int set) {
        return Arrays.copyOfRange(items, start[set], start[set + 1]);
    }

    /** Number of baskets containing itemset {@code set}. */
    public int support(int set) {
        return support[set];
    }

    /** Support of the given items (any order), or 0 when they are not a frequent itemset. */
    public int supportOf(int... set) {
        int[] sorted = set.clone();
        Arrays.sort(sorted);
        int h = 1;
        for (int v : sorted) {
            h = mix(h, v);
        }
        for (int s = finish(h) & (slots.length - 1); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
            int k = slots[s] - 1;
            if (Arrays.equals(items, start[k], start[k + 1], sorted, 0, sorted.length)) {
                return support[k];
            }
        }
        return 0;
    }

    /** Support of itemset {@code set} without its element at position {@code skip}, or 0 when not stored. */
    int supportWithout(int set, int skip) {
        int h = hash(set, skip);
        int len = length(set) - 1;
        for (int s = h & (slots.length - 1); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
            int k = slots[s] - 1;
            if (length(k) == len && equalsWithout(k, set, skip)) {
                return support[k];
            }
        }
        return 0;
    }

    private boolean equalsWithout(int k, int set, int skip) {
        int a = start[k];
        for (int j = 0; j < length(set); j++) {
            if (j != skip && items[a++] != item(set, j)) {
                return false;
            }
        }
        return true;
    }

    private int hash(int set, int skip) {
        int h = 1;
        for (int j = 0; j < length(set); j++) {
            if (j != skip) {
                h = mix(h, item(set, j));
            }
        }
        return finish(h);
    }

    private static int mix(int h, int v) {
        return h * 0x9E3779B1 + v;
    }

    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    /** Collects itemsets one by one. */
    static final class Builder {
        private final int baskets;
        private int[] start = new int[1024];
        private int[] items = new int[4096];
        private int[] support = new int[1024];
        private int size;

        Builder(int baskets) {
            this.baskets = baskets;
        }

        int size() {
            return size;
        }

        /** Adds the first {@code len} items of {@code sorted} (ascending) with their support. */
        void add(int[] sorted, int len, int count) {
            if (size + 1 >= start.length) {
                start = Arrays.copyOf(start, start.length * 2);
                support = Arrays.copyOf(support, support.length * 2);
            }
            int at = start[size];
            if (at + len > items.length) {
                items = Arrays.copyOf(items, Math.max(items.length * 2, at + len));
            }
            System.arraycopy(sorted, 0, items, at, len);
            support[size] = count;
            start[++size] = at + len;
        }

        FrequentItemsets build() {
            return new FrequentItemsets(baskets, Arrays.copyOf(start, size + 1), Arrays.copyOf(items, start[size]),
                Arrays.copyOf(support, size));
        }
    }
}
