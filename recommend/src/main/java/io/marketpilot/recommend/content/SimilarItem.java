package io.marketpilot.recommend.content;

/** An item similar to another by content, with the cosine of their vectors. */
public record SimilarItem(int item, double similarity) {
}
