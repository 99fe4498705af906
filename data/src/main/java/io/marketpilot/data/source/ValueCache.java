package io.marketpilot.data.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The recent string values of one key ({@link KeyTable.Key}), so that a value repeated line after line (an event's
 * {@code type}, a context's {@code channel} and {@code device}, a {@code currency}) is one shared {@code String}:
 * no decode and allocation per line, and its hash (cached in the string) computed once for every later map lookup,
 * event type, bot detector and JSON text cache (the encoder's CPU per event fell by a third in an A/B harness,
 * reading moved by −5% to +3%: docs/benchmarks.md §28e). 64 slots, two-way (about 600 bytes per key, at most 256
 * keys per reader): a value's slot pair is picked by its length and first, middle and last bytes, so a lookup
 * compares at most two byte (or char) arrays. Adaptive: every {@value #WINDOW} lookups it checks its hit rate; under three
 * quarters (event ids, timestamps, and also user and session ids, which repeat within a session, but whose misses
 * made {@code ByteJson} 9% slower for no gain measurable downstream) it rests for the next {@value #REST} values,
 * which are allocated as before at the cost of a counter, then tries again (a file's values may change). JSONL gives
 * plain printable ASCII without escapes as bytes (bytes are chars); CSV gives unquoted-as-written fields as chars,
 * one cache per column (the event type, value, channel, device, currency columns of a canonical file). One instance
 * serves one of the two. Not thread-safe: one per key or column of one reader.
 */
final class ValueCache {
    private static final int SLOTS = 64;
    static final int WINDOW = 128;
    static final int REST = 8192;
    private static final int MAX_LENGTH = 48;

    private byte[][] bytes;
    private char[][] chars;
    private final String[] strings = new String[SLOTS];
    private int lookups;
    private int hits;
    private int resting;
    /** Which of a full slot pair to replace next. */
    private int victim;

    /** The string of {@code b[from .. to)} (ISO-8859-1 bytes), the same instance as an equal value before when cached. */
    String string(byte[] b, int from, int to) {
        int n = to - from;
        if (resting > 0 || n > MAX_LENGTH || n == 0) {
            return uncached(b, from, n);
        }
        if (bytes == null) {
            bytes = new byte[SLOTS][];
        }
        int h = n * 0x9E3779B9 + 31 * (31 * b[from] + b[from + (n >> 1)]) + b[to - 1];
        int slot = (h ^ (h >>> 15)) & (SLOTS - 2);
        String found = match(slot, b, from, to);
        if (found == null && (found = match(slot + 1, b, from, to)) == null) {
            return missed(b, from, to, slot);
        }
        return hit(found);
    }

    /** The string of {@code c[from .. to)}, the same instance as an equal value before when cached. */
    String string(char[] c, int from, int to) {
        int n = to - from;
        if (resting > 0 || n > MAX_LENGTH || n == 0) {
            return uncached(c, from, n);
        }
        if (chars == null) {
            chars = new char[SLOTS][];
        }
        int h = n * 0x9E3779B9 + 31 * (31 * c[from] + c[from + (n >> 1)]) + c[to - 1];
        int slot = (h ^ (h >>> 15)) & (SLOTS - 2);
        String found = match(slot, c, from, to);
        if (found == null && (found = match(slot + 1, c, from, to)) == null) {
            return missed(c, from, to, slot);
        }
        return hit(found);
    }

    private String hit(String found) {
        hits++;
        if (++lookups == WINDOW) {
            endWindow();
        }
        return found;
    }

    private String match(int slot, char[] c, int from, int to) {
        char[] known = chars[slot];
        return known != null && known.length == to - from && Arrays.equals(known, 0, known.length, c, from, to)
                ? strings[slot] : null;
    }

    private String match(int slot, byte[] b, int from, int to) {
        byte[] known = bytes[slot];
        return known != null && known.length == to - from && Arrays.equals(known, 0, known.length, b, from, to)
                ? strings[slot] : null;
    }

    /** The hot path above stays small enough to inline into the parser; the rest is here. */
    private String uncached(byte[] b, int from, int n) {
        if (resting > 0) {
            resting--;
        }
        return n == 0 ? "" : new String(b, from, n, StandardCharsets.ISO_8859_1);
    }

    private String uncached(char[] c, int from, int n) {
        if (resting > 0) {
            resting--;
        }
        return n == 0 ? "" : new String(c, from, n);
    }

    private String missed(byte[] b, int from, int to, int slot) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        bytes[remember(slot, bytes[slot] == null, bytes[slot + 1] == null, s)] = Arrays.copyOfRange(b, from, to);
        return s;
    }

    private String missed(char[] c, int from, int to, int slot) {
        String s = new String(c, from, to - from);
        chars[remember(slot, chars[slot] == null, chars[slot + 1] == null, s)] = Arrays.copyOfRange(c, from, to);
        return s;
    }

    /** Puts a missed value's string into the free or the older slot of its pair; returns that slot. */
    private int remember(int slot, boolean firstFree, boolean secondFree, String s) {
        int into = firstFree ? slot : secondFree ? slot + 1 : slot + (victim ^= 1);
        strings[into] = s;
        if (++lookups == WINDOW) {
            endWindow();
        }
        return into;
    }

    private void endWindow() {
        if (4 * hits < 3 * WINDOW) {
            resting = REST;
        }
        lookups = 0;
        hits = 0;
    }
}
