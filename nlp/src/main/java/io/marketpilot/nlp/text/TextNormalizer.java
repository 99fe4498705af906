package io.marketpilot.nlp.text;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises shop text in a fixed order: BOM → NFKC (full-width letters, digits and punctuation to half-width) →
 * HTML (tags, entities) → emoji out → traditional to simplified Chinese (HanLP) → control, private-use and
 * lone-surrogate characters out → whitespace collapsed → cut at {@code maxCodePoints}. Total over strings: any
 * input gives a result, never an exception.
 */
public final class TextNormalizer {
    private final int maxCodePoints;

    /** @param maxCodePoints the longest text kept; longer input is cut there and flagged as truncated */
    public TextNormalizer(int maxCodePoints) {
        if (maxCodePoints < 1) {
            throw new IllegalArgumentException("maxCodePoints must be at least 1, got " + maxCodePoints);
        }
        this.maxCodePoints = maxCodePoints;
    }

    public Normalized normalize(String input) {
        String raw = input == null ? "" : input;
        int originalLength = raw.codePointCount(0, raw.length());
        // bound the work: markup and entities rarely shrink text more than 4x
        long budget = Math.min(Integer.MAX_VALUE - 8L, 4L * maxCodePoints + 64);
        boolean cut = raw.length() > budget;
        String s = cut ? raw.substring(0, safeEnd(raw, (int) budget)) : raw;
        s = Normalizer.normalize(s.replace("\uFEFF", ""), Normalizer.Form.NFKC);
        String stripped = Html.strip(s);
        if (!stripped.equals(s)) { // entities may have produced full-width characters
            s = Normalizer.normalize(stripped, Normalizer.Form.NFKC);
        }
        List<String> emojis = new ArrayList<>();
        s = Emoji.extract(s, emojis);
        s = simplified(s);
        s = clean(s);
        if (s.indexOf('<') >= 0) { // dropping invisible characters can close up a tag: "<\u0000b>"
            s = clean(Html.stripTags(s));
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            // dropping a character can bring combining marks together out of canonical order: "\u2CEF\u0378\u0E38"
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        int length = s.codePointCount(0, s.length());
        if (length > maxCodePoints) {
            s = s.substring(0, s.offsetByCodePoints(0, maxCodePoints)).strip();
            cut = true;
        }
        return new Normalized(s, emojis, cut, originalLength);
    }

    private static String simplified(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return HanLP.convertToSimplifiedChinese(s);
            }
        }
        return s;
    }

    /** Drops control/format/private/unassigned characters and collapses whitespace runs to one space. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = !out.isEmpty();
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static int safeEnd(String s, int end) {
        return end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }
}
