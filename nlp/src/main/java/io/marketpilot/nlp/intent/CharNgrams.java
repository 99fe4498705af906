package io.marketpilot.nlp.intent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hashed surface features of normalised, lower-cased text, L2-normalised: character 1–3-grams plus segmented words
 * and word bigrams — the cues ("包邮", "refund", "码") that complement the sentence embedding. Sparse: indices
 * sorted, with their weights.
 */
record CharNgrams(int[] index, float[] value) {
    static CharNgrams of(String text, List<String> words, int buckets) {
        String s = " " + text.toLowerCase(Locale.ROOT).strip() + " ";
        int[] cps = s.codePoints().toArray();
        int[] raw = new int[cps.length * 3 + words.size() * 2];
        int n = 0;
        String previous = "^";
        for (String w : words) {
            raw[n++] = Math.floorMod(("w:" + w).hashCode() * 0x9E3779B1, buckets);
            raw[n++] = Math.floorMod(("b:" + previous + "|" + w).hashCode() * 0x9E3779B1, buckets);
            previous = w;
        }
        for (int i = 0; i < cps.length; i++) {
            int h = 17;
            for (int len = 1; len <= 3 && i + len <= cps.length; len++) {
                h = h * 31 + cps[i + len - 1];
                if (len == 1 && cps[i] == ' ') {
                    continue;
                }
                raw[n++] = Math.floorMod(h * 0x9E3779B1 + len, buckets);
            }
        }
        int[] sorted = Arrays.copyOf(raw, n);
        Arrays.sort(sorted);
        int[] index = new int[n];
        float[] value = new float[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && index[m - 1] == sorted[i]) {
                value[m - 1]++;
            } else {
                index[m] = sorted[i];
                value[m++] = 1;
            }
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            norm += value[i] * value[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < m; i++) {
            value[i] *= scale;
        }
        return new CharNgrams(Arrays.copyOf(index, m), Arrays.copyOf(value, m));
    }
}
