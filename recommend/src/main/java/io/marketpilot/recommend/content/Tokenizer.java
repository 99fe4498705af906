package io.marketpilot.recommend.content;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits item text into terms for English and for languages written without spaces. After NFKC (full-width forms
 * become ASCII) and lower-casing, runs of letters or digits are words (one-character words dropped, optionally
 * plural-stripped); runs of Han, kana or Hangul become overlapping character bigrams ("蓝牙耳机" → 蓝牙, 牙耳, 耳机), a
 * lone CJK character stays a unigram. Bigrams need no dictionary and match well on short product titles.
 */
final class Tokenizer {
    private final boolean stem;

    Tokenizer(boolean stem) {
        this.stem = stem;
    }

    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        List<Integer> cjk = new ArrayList<>();
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (isCjk(cp)) {
                flushWord(word, out);
                cjk.add(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjk, out);
                word.appendCodePoint(cp);
            } else {
                flushWord(word, out);
                flushCjk(cjk, out);
            }
        }
        flushWord(word, out);
        flushCjk(cjk, out);
        return out;
    }

    private void flushWord(StringBuilder word, List<String> out) {
        if (word.codePointCount(0, word.length()) > 1) {
            out.add(stem ? stem(word.toString()) : word.toString());
        }
        word.setLength(0);
    }

    private static void flushCjk(List<Integer> run, List<String> out) {
        if (run.size() == 1) {
            out.add(Character.toString(run.get(0)));
        }
        for (int k = 0; k + 1 < run.size(); k++) {
            out.add(Character.toString(run.get(k)) + Character.toString(run.get(k + 1)));
        }
        run.clear();
    }

    private static boolean isCjk(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
            || script == UnicodeScript.HANGUL;
    }

    /** English plurals to singular (an "S-stemmer"): candies → candy, boxes → box, hooks → hook; glass stays. */
    static String stem(String w) {
        int n = w.length();
        if (n <= 3 || w.charAt(n - 1) != 's' || !isAsciiLetters(w)) {
            return w;
        }
        if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, n - 1);
    }

    private static boolean isAsciiLetters(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
