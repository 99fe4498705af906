package io.marketpilot.data.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The property names of a JSONL file as canonical strings: the same dozen ASCII keys repeat on every line, so a
 * key's bytes are looked up here and the one interned instance returned (as Jackson interns names). Later map
 * lookups by a literal key then hit identity, and the string's hash is computed once. Each key remembers the key
 * read after it, so the parser can first check the bytes against that prediction. Bounded: once full, or for long
 * keys, names are simply allocated.
 */
final class KeyTable {
    private static final int SLOTS = 512;
    private static final int MAX_KEYS = SLOTS / 2;
    private static final int MAX_LENGTH = 64;

    /**
     * A known key: its bytes, its string, the key that followed it last time, the size of its last object value,
     * its recent string values.
     */
    static final class Key {
        final byte[] bytes;
        final String string;
        final boolean plain;
        final ValueCache values = new ValueCache();
        Key next;
        int objectSize;

        Key(byte[] bytes, String string) {
            this.bytes = bytes;
            this.string = string;
            this.plain = KeyTable.plain(bytes, 0, bytes.length);
        }

        /** Whether {@code b[from ..]} holds this key and its closing quote, before {@code end}. */
        boolean matches(byte[] b, int from, int end) {
            byte[] k = bytes;
            int n = k.length;
            if (end - from <= n || b[from + n] != '"') {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (b[from + i] != k[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether {@code b[from .. to)} is plain text in the sense of {@link PlainFields}. */
    static boolean plain(byte[] b, int from, int to) {
        if (from == to) {
            return true;
        }
        if (b[from] == ' ' || b[to - 1] == ' ') {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < ' ' || c == 0x7F || (c == ' ' && b[i - 1] == ' ')) {
                return false; // non-ASCII bytes are negative
            }
        }
        return true;
    }

    private final Key[] slots = new Key[SLOTS];
    private int size;

    /**
     * The key in {@code b[from .. from+length)} (printable ASCII, no escapes), whose {@code 31 * h + b} hash is
     * {@code hash}; null when it is too long or the table is full (the caller allocates the string then).
     */
    Key key(byte[] b, int from, int length, int hash) {
        if (length > MAX_LENGTH) {
            return null;
        }
        int slot = (hash ^ (hash >>> 9)) & (SLOTS - 1);
        for (Key k = slots[slot]; k != null; k = slots[slot]) {
            if (k.bytes.length == length && Arrays.equals(k.bytes, 0, length, b, from, from + length)) {
                return k;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        if (size == MAX_KEYS) {
            return null;
        }
        Key key = new Key(Arrays.copyOfRange(b, from, from + length),
                new String(b, from, length, StandardCharsets.ISO_8859_1).intern());
        slots[slot] = key;
        size++;
        return key;
    }
}
