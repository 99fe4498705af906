package io.marketpilot.nlp.text;

import java.util.List;

/**
 * Finds emoji sequences (pictographs with their skin-tone, variation-selector and joiner parts, flags) and takes
 * them out of the text: they carry sentiment the caller may want, but confuse segmentation.
 */
final class Emoji {
    private Emoji() {}

    /** Returns {@code s} with every emoji sequence replaced by a space, adding the sequences to {@code found}. */
    static String extract(String s, List<String> found) {
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean joins = cp == 0x200D || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                    || (cp >= 0xE0020 && cp <= 0xE007F);
            if (isPictograph(cp) || (joins && !current.isEmpty())) {
                current.appendCodePoint(cp);
                continue;
            }
            flush(current, found, out);
            out.appendCodePoint(joins ? ' ' : cp);
        }
        flush(current, found, out);
        return out.toString();
    }

    private static void flush(StringBuilder current, List<String> found, StringBuilder out) {
        if (!current.isEmpty()) {
            found.add(current.toString());
            current.setLength(0);
            out.append(' ');
        }
    }

    static boolean isPictograph(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B50 && cp <= 0x2B55)
                || cp == 0x2B06 || cp == 0x2934 || cp == 0x2935 || cp == 0x3030 || cp == 0x303D;
    }
}
