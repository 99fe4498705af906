/**
 * Content-based recommendation: item vectors from text (TF-IDF over English words and CJK character bigrams) or any
 * other {@link io.marketpilot.recommend.content.ItemVectors} source, item-item cosine neighbours through an inverted
 * index, and users scored by a recency-weighted profile of their history's vectors. Items without interactions but
 * with text are reachable. Entry: {@link io.marketpilot.recommend.content.ContentAlgorithm}. Models are immutable.
 */
package io.marketpilot.recommend.content;
