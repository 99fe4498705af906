package io.marketpilot.automation.segment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Customer ids as dense ints (0, 1, 2 … in order of first appearance), so the online state keeps per-customer
 * values in primitive arrays instead of a map of objects. The ids' UTF-8 bytes lie back to back in one array and an
 * open-addressing table of ints finds them: about 20 bytes per customer instead of a map entry and a String (~90).
 * Ids are never removed (the table only grows with the shop's customers). Not thread-safe.
 */
final class CustomerIndex {
    private byte[] bytes = new byte[256];
    private int used;
    /** Where id i starts in {@link #bytes}; it ends where id i + 1 starts. */
    private int[] starts = new int[17];
    private int size;
    /** Open addressing, linear probing: customer index + 1, 0 = empty. Power-of-two length, at most 2/3 full. */
    private int[] slots = new int[16];

    /** The customer's index, or -1 if it was never added. */
    int find(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        for (int s = hash(key, 0, key.length) & mask; slots[s] != 0; s = (s + 1) & mask) {
            if (same(slots[s] - 1, key)) {
                return slots[s] - 1;
            }
        }
        return -1;
    }

    /** The customer's index, added if new. */
    int add(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        int s = hash(key, 0, key.length) & mask;
        for (; slots[s] != 0; s = (s + 1) & mask) {
            if (same(slots[s] - 1, key)) {
                return slots[s] - 1;
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
        slots[s] = index + 1;
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
        return 3 * 16L + bytes.length + 4L * starts.length + 4L * slots.length;
    }

    private boolean same(int index, byte[] key) {
        int from = starts[index];
        return Arrays.equals(bytes, from, starts[index + 1], key, 0, key.length);
    }

    private void rehash(int length) {
        int[] next = new int[length];
        int mask = length - 1;
        for (int i = 0; i < size; i++) {
            int s = hash(bytes, starts[i], starts[i + 1]) & mask;
            while (next[s] != 0) {
                s = (s + 1) & mask;
            }
            next[s] = i + 1;
        }
        slots = next;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }
}
