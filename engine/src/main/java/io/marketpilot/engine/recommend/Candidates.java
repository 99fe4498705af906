package io.marketpilot.engine.recommend;

import java.util.Arrays;

/**
 * The items one request scores, by position: either the whole catalogue (position = item index, the exact path of
 * small catalogues) or the distinct items retrieval chose (two-stage serving). Scores, reasons and boosts are
 * indexed by position; {@link #position} finds an item's (−1 when it is not a candidate).
 */
final class Candidates {
    private final int size;
    private final int[] items;
    private final int[] slots;

    private Candidates(int size, int[] items) {
        this.size = size;
        this.items = items;
        if (items == null) {
            slots = null;
            return;
        }
        slots = new int[Integer.highestOneBit(Math.max(16, items.length * 2)) << 1];
        Arrays.fill(slots, -1);
        for (int p = 0; p < items.length; p++) {
            int s = slot(items[p]);
            if (slots[s] >= 0) {
                throw new IllegalArgumentException("item " + items[p] + " is a candidate twice");
            }
            slots[s] = p;
        }
    }

    /** Every item of a catalogue of {@code n}. */
    static Candidates all(int n) {
        return new Candidates(n, null);
    }

    /** The given distinct items, in this order. */
    static Candidates of(int[] items) {
        return new Candidates(items.length, items);
    }

    boolean isAll() {
        return items == null;
    }

    int size() {
        return size;
    }

    int item(int position) {
        return items == null ? position : items[position];
    }

    /** The candidate items in position order (not a copy: callers must not change it); only for a subset. */
    int[] items() {
        if (items == null) {
            throw new IllegalStateException("the whole catalogue has no candidate array");
        }
        return items;
    }

    /** The position of {@code item}, or −1 when it is not a candidate. */
    int position(int item) {
        if (items == null) {
            return item >= 0 && item < size ? item : -1;
        }
        int p = slots[slot(item)];
        return p;
    }

    private int slot(int item) {
        int mask = slots.length - 1;
        int s = (item * 0x9E3779B9 >>> 7) & mask;
        while (slots[s] >= 0 && items[slots[s]] != item) {
            s = (s + 1) & mask;
        }
        return s;
    }
}
