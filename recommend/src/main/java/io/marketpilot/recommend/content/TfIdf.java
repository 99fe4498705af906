package io.marketpilot.recommend.content;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of item texts: term weight (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1) with N the number of items
 * that have any term, then L2-normalised. Terms in more than {@code maxTermShare} of the texts (and more than
 * {@link #MIN_CAPPED_DF}, so small catalogues keep their shared words) are dropped. Dimensions are term ids in order
 * of first appearance, so the result is deterministic.
 */
final class TfIdf {
    static final int MIN_CAPPED_DF = 20;

    private TfIdf() {}

    static Rows of(List<String> texts, ContentConfig config) {
        Tokenizer tokenizer = new Tokenizer(config.stem());
        Map<String, Integer> vocabulary = new HashMap<>();
        int n = texts.size();
        int[][] terms = new int[n][];
        int[] df = new int[16];
        int withText = 0;
        for (int i = 0; i < n; i++) {
            List<String> tokens = tokenizer.tokens(texts.get(i));
            int[] ids = new int[tokens.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = vocabulary.computeIfAbsent(tokens.get(k), t -> vocabulary.size());
            }
            Arrays.sort(ids);
            terms[i] = ids;
            if (vocabulary.size() > df.length) {
                df = Arrays.copyOf(df, Math.max(df.length * 2, vocabulary.size()));
            }
            for (int k = 0; k < ids.length; k++) {
                if (k == 0 || ids[k] != ids[k - 1]) {
                    df[ids[k]]++;
                }
            }
            withText += ids.length > 0 ? 1 : 0;
        }
        double cap = Math.max(config.maxTermShare() * withText, MIN_CAPPED_DF);
        int[] start = new int[n + 1];
        int[] col = new int[Arrays.stream(terms).mapToInt(t -> t.length).sum()];
        float[] value = new float[col.length];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int[] ids = terms[i];
            int from = at;
            double sq = 0;
            for (int k = 0; k < ids.length; ) {
                int t = ids[k];
                int tf = 0;
                while (k < ids.length && ids[k] == t) {
                    tf++;
                    k++;
                }
                if (df[t] > cap) {
                    continue;
                }
                double w = (1 + Math.log(tf)) * (Math.log((1.0 + withText) / (1.0 + df[t])) + 1);
                col[at] = t;
                value[at++] = (float) w;
                sq += w * w;
            }
            for (int p = from; p < at; p++) {
                value[p] = (float) (value[p] / Math.sqrt(sq));
            }
            start[i + 1] = at;
        }
        return new Rows(start, Arrays.copyOf(col, at), Arrays.copyOf(value, at));
    }
}
