package io.marketpilot.data.cleaning;

import io.marketpilot.data.source.KnownText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises every string of a wire record, keys included, before parsing: removes invisible characters (byte
 * order mark, zero-width space/joiners, word joiner, soft hyphen, control characters other than tab and line
 * breaks), applies Unicode NFKC (full-width {@code ＳＫＵ－１２} becomes {@code SKU-12}, ideographic space a space),
 * trims, and in short values (at most {@value #SHORT} characters after trimming: ids, names, categories) collapses
 * each whitespace run to one space. Long text keeps its line breaks.
 *
 * <p>Pure-ASCII strings that need nothing take a single scan and are returned as the same instance; a record
 * without changes is returned as is, and a record its reader {@linkplain KnownText knows} to be plain (most CSV
 * rows and JSONL lines) is not even scanned. Idempotent, and total: any string, even with lone surrogates, is accepted.
 */
final class TextNormalizer {
    static final int SHORT = 256;

    private TextNormalizer() {}

    static String normalize(String s) {
        int n = s.length();
        if (n == 0) {
            return s;
        }
        if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
            return slow(s);
        }
        boolean clean = n <= SHORT ? cleanShort(s, n) : cleanLong(s, n);
        if (clean || unchanged(s, n)) {
            return s;
        }
        String text = slow(s);
        return text.equals(s) ? s : text; // the same instance, so the record is not copied for nothing
    }

    /**
     * Whether {@link #slow} would give the same text: nothing invisible, no NEXT LINE, no whitespace at either
     * end, in short text no whitespace but single plain spaces, and already NFKC. Non-ASCII text that needs
     * nothing (CJK search queries, reviews) takes this scan instead of being rebuilt.
     */
    private static boolean unchanged(String s, int n) {
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return false;
        }
        boolean isShort = n <= SHORT;
        boolean afterSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x7f || c < ' ') {
                if (invisible(c) || c == '\u0085') {
                    return false;
                }
            }
            if (isShort) {
                boolean space = c == ' ' || (c > ' ' ? c >= 0x7f && (Character.isWhitespace(c) || Character.isSpaceChar(c))
                        : Character.isWhitespace(c));
                if (space && (c != ' ' || afterSpace)) {
                    return false;
                }
                afterSpace = space;
            }
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC);
    }

    /** Printable ASCII without whitespace runs: nothing to do. */
    private static boolean cleanShort(String s, int n) {
        boolean afterSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x7f || c < ' ') {
                return false;
            }
            boolean space = c == ' ';
            if (space && afterSpace) {
                return false;
            }
            afterSpace = space;
        }
        return true;
    }

    /** ASCII with no control characters besides tab and line breaks: nothing to do. */
    private static boolean cleanLong(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x7f || (c < ' ' && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    private static String slow(String s) {
        StringBuilder visible = new StringBuilder(s.length());
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (c == '\u0085') { // NEXT LINE, a line break of legacy encodings
                c = '\n';
            }
            ascii &= c < 0x80;
            visible.append(c);
        }
        String text = visible.toString();
        if (!ascii) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        text = text.strip();
        return text.length() <= SHORT ? collapseWhitespace(text) : text;
    }

    private static boolean invisible(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c >= 0x7f && c <= 0x9f) {
            return c != '\u0085';
        }
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD'
                || c == '\u180E';
    }

    private static String collapseWhitespace(String s) {
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space && (inRun || c != ' ') && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, inRun ? i - 1 : i);
                if (inRun) {
                    out.append(' ');
                }
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (!inRun) {
                    out.append(' ');
                }
            }
            inRun = space;
        }
        return out == null ? s : out.toString();
    }

    /** The record with every key and string value normalised, recursively; the same instance when nothing changed. */
    static Map<String, Object> normalize(Map<String, Object> record) {
        if (record instanceof KnownText known && known.plainText()) {
            return record; // its reader saw every key and string to be text this method leaves as is
        }
        Map<String, Object> out = null;
        int index = 0;
        for (Map.Entry<String, Object> e : record.entrySet()) {
            String key = e.getKey() == null ? null : normalize(e.getKey());
            Object value = normalizeValue(e.getValue());
            if (out == null && (key != e.getKey() || value != e.getValue())) {
                out = LinkedHashMap.newLinkedHashMap(record.size());
                int copied = 0;
                for (Map.Entry<String, Object> earlier : record.entrySet()) {
                    if (copied++ == index) {
                        break;
                    }
                    out.put(earlier.getKey(), earlier.getValue());
                }
            }
            if (out != null) {
                out.putIfAbsent(key, value); // two keys that normalise alike: the first one wins
            }
            index++;
        }
        return out == null ? record : out;
    }

    @SuppressWarnings("unchecked")
    private static Object normalizeValue(Object value) {
        if (value instanceof String s) {
            return normalize(s);
        }
        if (value instanceof Map<?, ?> m) {
            return normalize((Map<String, Object>) m);
        }
        if (value instanceof List<?> list) {
            List<Object> out = null;
            for (int i = 0; i < list.size(); i++) {
                Object v = list.get(i);
                Object n = normalizeValue(v);
                if (out == null && n != v) {
                    out = new ArrayList<>(list.subList(0, i));
                }
                if (out != null) {
                    out.add(n);
                }
            }
            return out == null ? list : out;
        }
        return value;
    }
}
