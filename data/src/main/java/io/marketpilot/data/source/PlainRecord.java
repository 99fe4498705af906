package io.marketpilot.data.source;

import java.util.LinkedHashMap;

/**
 * A record whose every key and string value, nested objects included, was seen by its maker to be printable ASCII
 * without spaces ({@code !} to {@code ~}; see {@link #isPlain}): text normalisation would return each unchanged, so
 * cleaning skips the whole record instead of scanning it again. The CSV reader makes one for such a row of a
 * wire-shaped file (most rows of ids, codes, numbers and timestamps); an adapter that reshapes one may make another
 * from its values. Whoever puts other text into a record must put it into an ordinary map instead.
 */
public final class PlainRecord extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    private PlainRecord(int capacity) {
        super(capacity);
    }

    /** An empty record for {@code expected} fields, sized so they fit without a rehash. */
    public static PlainRecord withExpectedSize(int expected) {
        return new PlainRecord((int) Math.ceil(expected / 0.75));
    }

    /** Whether every character of {@code s} is printable ASCII other than the space. */
    public static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isPlain(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isPlain(char c) {
        return c > ' ' && c < 0x7f;
    }
}
