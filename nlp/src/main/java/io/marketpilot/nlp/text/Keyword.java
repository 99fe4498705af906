package io.marketpilot.nlp.text;

/** A keyword with its TextRank score (scores of one text sum to at most 1). */
public record Keyword(String word, double score) {
}
