package io.marketpilot.data.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A word or phrase in both shop languages. */
record Term(String en, String zh) {

    /** Parses {@code "English|中文"}. */
    static Term of(String pair) {
        int bar = pair.indexOf('|');
        if (bar <= 0 || bar == pair.length() - 1) {
            throw new IllegalArgumentException("expected \"en|zh\" but was \"" + pair + "\"");
        }
        return new Term(pair.substring(0, bar), pair.substring(bar + 1));
    }

    static List<Term> all(String... pairs) {
        return Arrays.stream(pairs).map(Term::of).toList();
    }

    String in(boolean chinese) {
        return chinese ? zh : en;
    }

    /** English as used mid-sentence: "Wireless Earbuds" → "wireless earbuds", "USB-C Cable" → "USB-C cable". */
    String enMidSentence() {
        StringBuilder out = new StringBuilder(en.length());
        for (String word : en.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String tail = word.substring(1);
            boolean plain = Character.isUpperCase(word.charAt(0)) && tail.equals(tail.toLowerCase(Locale.ROOT));
            out.append(plain ? word.toLowerCase(Locale.ROOT) : word);
        }
        return out.toString();
    }
}
