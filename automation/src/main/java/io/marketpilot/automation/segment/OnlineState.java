package io.marketpilot.automation.segment;

import java.util.Arrays;

/**
 * Every customer's online state in primitive arrays indexed by the customer's dense index ({@link CustomerIndex}):
 * the buffered {@link Entries} (one array per customer, null when none) and the memberships (a bit per segment,
 * {@code words} longs per customer back to back). With up to 64 segments that is 8 bytes of memberships and a
 * 4-byte reference per customer, plus the entries themselves.
 */
final class OnlineState {
    final CustomerIndex ids = new CustomerIndex();
    private long[][] entries = new long[16][];
    private long[] members = new long[16];
    private int words = 1;

    /** The customer's index, added if new. */
    int customer(String userId) {
        int c = ids.add(userId);
        if (c >= entries.length) {
            int n = entries.length + (entries.length >> 1);
            entries = Arrays.copyOf(entries, n);
            members = Arrays.copyOf(members, n * words);
        }
        return c;
    }

    long[] entries(int customer) {
        return entries[customer];
    }

    void entries(int customer, long[] d) {
        entries[customer] = d;
    }

    boolean member(int customer, int segment) {
        int word = segment >>> 6;
        return word < words && (members[customer * words + word] & (1L << segment)) != 0;
    }

    void member(int customer, int segment, boolean in) {
        int word = segment >>> 6;
        if (word >= words) {
            widen(word + 1);
        }
        int at = customer * words + word;
        members[at] = in ? members[at] | (1L << segment) : members[at] & ~(1L << segment);
    }

    boolean inAny(int customer) {
        for (int w = 0; w < words; w++) {
            if (members[customer * words + w] != 0) {
                return true;
            }
        }
        return false;
    }

    /** How many customers have an index. */
    int size() {
        return ids.size();
    }

    /** Customers with buffered entries. */
    long buffered() {
        long n = 0;
        for (int c = 0; c < ids.size(); c++) {
            n += entries[c] == null ? 0 : 1;
        }
        return n;
    }

    /** Bytes of every array held, including each customer's entries (memory reports). */
    long bytes() {
        long b = ids.bytes() + 16 + 4L * entries.length + 16 + 8L * members.length;
        for (int c = 0; c < ids.size(); c++) {
            b += Entries.bytes(entries[c]);
        }
        return b;
    }

    private void widen(int to) {
        long[] wide = new long[entries.length * to];
        for (int c = 0; c < entries.length; c++) {
            System.arraycopy(members, c * words, wide, c * to, words);
        }
        members = wide;
        words = to;
    }
}
