package io.marketpilot.data.source;

/**
 * A record whose every key and string value, nested objects included, was seen by its maker to be printable ASCII
 * without spaces ({@code !} to {@code ~}; see {@link #isPlain}): text normalisation would return each unchanged, so
 * cleaning skips the whole record instead of scanning it again. The CSV reader makes one for such a row of a
 * wire-shaped file (most rows of ids, codes, numbers and timestamps); an adapter that reshapes one may make another
 * from its values. Whoever puts other text into a record must put it into an ordinary map instead.
 *
 * <p>A mutable map in insertion order like {@code LinkedHashMap}, but compact ({@link CompactFields}); header names
 * are interned, so the parsers' literal keys are found by identity.
 */
public final class PlainRecord extends CompactFields implements KnownText {
    private PlainRecord(int capacity) {
        super(capacity);
    }

    /** An empty record for {@code expected} fields, sized so they fit without growing. */
    public static PlainRecord withExpectedSize(int expected) {
        return new PlainRecord(expected);
    }

    /** Always: whoever makes one has seen every key and string to be plain (see the class comment). */
    @Override
    public boolean plainText() {
        return true;
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
