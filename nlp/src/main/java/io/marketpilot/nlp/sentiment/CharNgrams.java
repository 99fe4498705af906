package io.marketpilot.nlp.sentiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * Hashed n-gram features of a text: character 1-3-grams (what carries meaning in Chinese without segmentation) and,
 * for Latin script, word 1-2-grams. With {@code englishWords} (format v2 heads) Latin words also give their
 * character 4-grams inside the word (stems: "disappoint" in "disappointed") and, after a negation (not, no, never,
 * ...n't) up to the next punctuation, negated copies of the words ("not good" → NEG_good). Binary presence, returned
 * as sorted unique bucket indices; the value of each is {@code 1/sqrt(count)}, so a text's n-gram block has unit
 * length. Deterministic across JVMs (own hash).
 */
public record CharNgrams(int buckets, int maxChars, boolean englishWords) {
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "never", "nothing", "nor",
        "neither", "none", "hardly", "barely", "without", "cannot", "dont", "didnt", "doesnt", "isnt", "wasnt",
        "werent", "arent", "wont", "wouldnt", "couldnt", "shouldnt", "cant", "havent", "hasnt");

    public CharNgrams(int buckets, int maxChars) {
        this(buckets, maxChars, false);
    }

    public CharNgrams {
        if (Integer.bitCount(buckets) != 1 || buckets < 16) {
            throw new IllegalArgumentException("n-gram buckets must be a power of two >= 16, was " + buckets);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1, was " + maxChars);
        }
    }

    public static CharNgrams defaults() {
        return new CharNgrams(1 << 18, 2000);
    }

    /** Sorted unique bucket indices of the text's n-grams. */
    public int[] of(String raw) {
        String text = raw.length() > maxChars ? raw.substring(0, maxChars) : raw;
        int[] cps = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ").codePoints().toArray();
        int[] out = new int[Math.max(4, cps.length * 3 + cps.length)];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int len = 1; len <= 3 && i + len <= cps.length; len++) {
                h = mix(h ^ cps[i + len - 1]);
                out[n++] = bucket(h + len);
            }
        }
        long prev = 0;
        int start = -1;
        boolean negated = false;
        for (int i = 0; i <= cps.length; i++) {
            boolean letter = i < cps.length && (Character.isLetter(cps[i]) && cps[i] < 0x2E80 || cps[i] == '\'');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                long w = 0x51ED27L;
                for (int k = start; k < i; k++) {
                    w = mix(w ^ cps[k]);
                }
                int extra = englishWords ? 2 + Math.max(0, i - start - 1) : 0;
                if (n + 2 + extra > out.length) {
                    out = Arrays.copyOf(out, (out.length + extra) * 2);
                }
                out[n++] = bucket(w * 31 + 7);
                if (prev != 0) {
                    out[n++] = bucket(mix(prev * 131 + w));
                }
                if (englishWords) {
                    n = wordExtras(cps, start, i, w, negated, out, n);
                    negated = negated || NEGATIONS.contains(word(cps, start, i));
                }
                prev = w;
                start = -1;
            }
            if (englishWords && i < cps.length && !letter && cps[i] != ' ') {
                negated = false;   // punctuation ends a negation's scope
            }
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int u = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[u++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, u);
    }

    /** Character 4-grams of the word padded with boundary marks, and its negated copy inside a negation's scope. */
    private int wordExtras(int[] cps, int from, int to, long w, boolean negated, int[] out, int n) {
        if (negated) {
            out[n++] = bucket(mix(w * 977 + 0x4E4547L));
        }
        if (to - from < 4) {
            return n;
        }
        for (int k = from - 1; k + 4 <= to + 1; k++) {
            long h = 0x434834L;
            for (int j = k; j < k + 4; j++) {
                h = mix(h ^ (j < from || j >= to ? '#' : cps[j]));
            }
            out[n++] = bucket(h * 53 + 4);
        }
        return n;
    }

    private static String word(int[] cps, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            if (cps[k] != '\'') {
                b.appendCodePoint(cps[k]);
            }
        }
        return b.toString();
    }

    private int bucket(long h) {
        return (int) (mix(h) & (buckets - 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
