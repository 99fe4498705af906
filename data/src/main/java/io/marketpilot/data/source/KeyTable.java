package io.marketpilot.data.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The property names of a JSONL file as canonical strings: the same dozen ASCII keys repeat on every line, so a
 * key's bytes are looked up here and the one interned instance returned (as Jackson interns names). Later map
 * lookups by a literal key then hit identity, and the string's hash is computed once. Bounded: once full, or for
 * long keys, names are simply allocated.
 */
final class KeyTable {
    private static final int SLOTS = 512;
    private static final int MAX_KEYS = SLOTS / 2;
    private static final int MAX_LENGTH = 64;

    private final byte[][] bytes = new byte[SLOTS][];
    private final String[] strings = new String[SLOTS];
    private int size;

    /** The key in {@code b[from .. from+length)} (printable ASCII, no escapes), whose {@code 31 * h + b} hash is {@code hash}. */
    String key(byte[] b, int from, int length, int hash) {
        if (length > MAX_LENGTH) {
            return new String(b, from, length, StandardCharsets.ISO_8859_1);
        }
        int slot = (hash ^ (hash >>> 9)) & (SLOTS - 1);
        for (byte[] k = bytes[slot]; k != null; k = bytes[slot]) {
            if (k.length == length && Arrays.equals(k, 0, length, b, from, from + length)) {
                return strings[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String key = new String(b, from, length, StandardCharsets.ISO_8859_1);
        if (size == MAX_KEYS) {
            return key;
        }
        key = key.intern();
        bytes[slot] = Arrays.copyOfRange(b, from, from + length);
        strings[slot] = key;
        size++;
        return key;
    }
}
