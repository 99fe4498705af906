package io.marketpilot.automation.segment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Customer ids as dense ints (0, 1, 2 … in order of first appearance), so the online state keeps per-customer
 * values in primitive arrays instead of a map of objects. The ids' UTF-8 bytes lie back to back in one array and an
 * open-addressing table of longs finds them: about 30 bytes per customer instead of a map entry and a String (~90).
 * Ids are never removed (the table only grows with the shop's customers). Not thread-safe.
 */
final class CustomerIndex {
    private byte[] bytes = new byte[256];
    private int used;
    /** Where id i starts in {@link #bytes}; it ends where id i + 1 starts. */
    private int[] starts = new int[17];
    private int size;
    /**
     * Open addressing, linear probing: the id's hash in the high half, customer index + 1 in the low half (0 = empty),
     * so a probe compares bytes only when the whole hash matches. Power-of-two length, at most 2/3 full.
     */
    private long[] slots = new long[16];

    /** The customer's index, or -1 if it was never added. */
    int find(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int h = hash(key, 0, key.length);
        int mask = slots.length - 1;
        for (int s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
            if (matches(slots[s], h, key)) {
                return (int) slots[s] - 1;
            }
        }
        return -1;
    }

    /** The customer's index, added if new. */
    int add(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int h = hash(key, 0, key.length);
        int mask = slots.length - 1;
        int s = h & mask;
        for (; slots[s] != 0; s = (s + 1) & mask) {
            if (matches(slots[s], h, key)) {
                return (int) slots[s] - 1;
            }
        }
        if (used + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + key.length, bytes.length + (bytes.length >> 1)));
        }
        if (size + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
        }
        System.arraycopy(key, 0, bytes, used, key.length);
        int index = size++;
        starts[index] = used;
        used += key.length;
        starts[size] = used;
        slots[s] = slot(h, index);
        if (size * 3 > slots.length * 2) {
            rehash(slots.length * 2);
        }
        return index;
    }

    String id(int index) {
        return new String(bytes, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
    }

    /** How many customers have an index (0 … size − 1). */
    int size() {
        return size;
    }

    /** Bytes of the arrays held (memory reports). */
    long bytes() {
        return 3 * 16L + bytes.length + 4L * starts.length + 8L * slots.length;
    }

    private boolean matches(long slot, int hash, byte[] key) {
        if ((int) (slot >>> 32) != hash) {
            return false;
        }
        int index = (int) slot - 1;
        return Arrays.equals(bytes, starts[index], starts[index + 1], key, 0, key.length);
    }

    private static long slot(int hash, int index) {
        return (long) hash << 32 | (index + 1);
    }

    private void rehash(int length) {
        long[] next = new long[length];
        int mask = length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int s = (int) (slot >>> 32) & mask;
                while (next[s] != 0) {
                    s = (s + 1) & mask;
                }
                next[s] = slot;
            }
        }
        slots = next;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        h ^= h >>> 16; // MurmurHash3's finaliser: every input bit reaches the low bits the table uses
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
