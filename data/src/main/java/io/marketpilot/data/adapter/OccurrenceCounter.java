package io.marketpilot.data.adapter;

/**
 * Counts how often each 64-bit key was seen: open addressing over primitive arrays, about 24 bytes per distinct
 * key, so a file of a million distinct rows costs ~24 MB rather than the ~100 MB of a boxed map.
 */
final class OccurrenceCounter {
    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;

    /** Records one more sighting of {@code key}; returns how many times it has now been seen (1 the first time). */
    int increment(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (counts[i] != 0) {
            if (keys[i] == key) {
                return ++counts[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = 1;
        size++;
        return 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldCounts[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (counts[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
