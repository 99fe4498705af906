package io.marketpilot.nlp.aspect;

import java.util.Locale;
import java.util.Objects;

/**
 * When a clause without a lexicon word is assigned an aspect by similarity, and which clauses are encoded.
 *
 * @param minSimilarity  cosine between the clause and the aspect's prototype centroid at least this
 * @param minMargin      and at least this much above the second-best aspect
 * @param clauseEncoding which clauses get their own embedding (the review itself always does)
 * @param maxTokens      reviews and clauses are encoded from their first this many tokens only (the n-grams still
 *                       read the whole text); 0 = the encoder's own limit. 32 costs the shipped head 0.14 points of
 *                       validation accuracy against 128 (0.9360 vs 0.9374) and more than doubles the reviews per CPU
 *                       second (docs/benchmarks.md §13)
 */
public record AspectConfig(double minSimilarity, double minMargin, ClauseEncoding clauseEncoding, int maxTokens) {
    /**
     * ALL: every clause is encoded (its own embedding for polarity and the similarity fallback). UNMATCHED: only
     * clauses no lexicon word matched are encoded, since only they need the similarity fallback; a matched clause's
     * polarity reads its own n-grams with the review's embedding (the same aspect quality as ALL on the labelled
     * clauses, 13% less CPU). NONE (the default since 2026-11-29; fast): only the review is encoded, aspects come
     * from the lexicons alone (aspect macro-F1 0.789 instead of 0.796, polarity F1 the same) for about half the CPU
     * of UNMATCHED: the one mode that reaches 200 reviews/s on 2 cores (docs/benchmarks.md §13).
     */
    public enum ClauseEncoding {
        ALL, UNMATCHED, NONE;

        /** {@code all}, {@code unmatched} or {@code none} (case-insensitive), with a message naming them. */
        public static ClauseEncoding parse(String s) {
            for (ClauseEncoding e : values()) {
                if (e.name().equalsIgnoreCase(s)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("aspect clause_encoding must be all, unmatched or none, was '" + s + "'");
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AspectConfig {
        Objects.requireNonNull(clauseEncoding, "clauseEncoding");
        if (maxTokens != 0 && (maxTokens < 8 || maxTokens > 512)) {
            throw new IllegalArgumentException("aspect max_tokens must be 0 (the encoder's limit) or in [8, 512], was "
                + maxTokens);
        }
        if (minSimilarity < -1 || minSimilarity > 1 || minMargin < 0) {
            throw new IllegalArgumentException("aspect min_similarity must be in [-1, 1] and min_margin >= 0, were "
                + minSimilarity + ", " + minMargin);
        }
    }

    /** Only the review is encoded (lexicon aspects, clause polarity from its n-grams and the review embedding). */
    public AspectConfig fast() {
        return withClauseEncoding(ClauseEncoding.NONE);
    }

    public AspectConfig withClauseEncoding(ClauseEncoding e) {
        return new AspectConfig(minSimilarity, minMargin, e, maxTokens);
    }

    public AspectConfig withMaxTokens(int n) {
        return new AspectConfig(minSimilarity, minMargin, clauseEncoding, n);
    }

    /** NONE, 32 tokens; 0.66 / 0.04 (for ALL and UNMATCHED): BGE cosines of paraphrases are about 0.9 and of unrelated clauses about 0.45; raised from a first
     * guess of 0.62 / 0.03 after reading the errors on the labelled clauses (so that set is not fully unseen). */
    public static AspectConfig defaults() {
        return new AspectConfig(0.66, 0.04, ClauseEncoding.NONE, 32);
    }
}
