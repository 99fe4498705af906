package io.marketpilot.store.duckdb;

/**
 * A set of longs in one open-addressing array (linear probing, ≤ 70 % full): 8–16 bytes per element instead
 * of the ~50 of a {@code HashSet<Long>}. Not thread-safe; the event log's writer lock guards it.
 */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private long[] slots;
    private int shift;
    private int size;
    private boolean hasEmptyKey;

    LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected / 0.7 + 1)) - 1) << 1;
        allocate(capacity);
    }

    int size() {
        return size + (hasEmptyKey ? 1 : 0);
    }

    boolean contains(long key) {
        if (key == EMPTY) {
            return hasEmptyKey;
        }
        int mask = slots.length - 1;
        for (int i = index(key); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == key) {
                return true;
            }
            if (slot == EMPTY) {
                return false;
            }
        }
    }

    /** Adds the key; false if it was present. */
    boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasEmptyKey;
            hasEmptyKey = true;
            return added;
        }
        int mask = slots.length - 1;
        for (int i = index(key); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == key) {
                return false;
            }
            if (slot == EMPTY) {
                slots[i] = key;
                if (++size > slots.length * 0.7) {
                    rehash(slots.length << 1);
                }
                return true;
            }
        }
    }

    void addAll(LongHashSet other) {
        // Grow first: inserting another table's keys in its slot order into a smaller table piles them into
        // long probe runs (quadratic); into a table at least as large they land spread out.
        int needed = size + other.size;
        if (needed > slots.length * 0.7) {
            rehash(Integer.highestOneBit((int) Math.min(1 << 30, needed / 0.7 + 1)) << 1);
        }
        if (other.hasEmptyKey) {
            hasEmptyKey = true;
        }
        for (long key : other.slots) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }

    private int index(long key) {
        return (int) ((key * SPREAD) >>> shift);
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private void rehash(int capacity) {
        long[] old = slots;
        allocate(capacity);
        size = 0;
        int mask = capacity - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = index(key);
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = key;
                size++;
            }
        }
    }
}
