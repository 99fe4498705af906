package io.marketpilot.nlp.sentiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * Hashed n-gram features of a text: character 1-3-grams (what carries meaning in Chinese without segmentation) and,
 * for Latin script, word 1-2-grams. Binary presence, returned as sorted unique bucket indices; the value of each is
 * {@code 1/sqrt(count)}, so a text's n-gram block has unit length. Deterministic across JVMs (own hash).
 */
public record CharNgrams(int buckets, int maxChars) {
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
        for (int i = 0; i <= cps.length; i++) {
            boolean letter = i < cps.length && (Character.isLetter(cps[i]) && cps[i] < 0x2E80 || cps[i] == '\'');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                long w = 0x51ED27L;
                for (int k = start; k < i; k++) {
                    w = mix(w ^ cps[k]);
                }
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = bucket(w * 31 + 7);
                if (prev != 0) {
                    out[n++] = bucket(mix(prev * 131 + w));
                }
                prev = w;
                start = -1;
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

    private int bucket(long h) {
        return (int) (mix(h) & (buckets - 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
