/**
 * Aspect-level sentiment of reviews: {@link io.marketpilot.nlp.aspect.Clauses} splits a review, lexicons (zh + en)
 * and prototype similarity on the encoder's embeddings pick the aspect of each clause, the sentiment head gives its
 * polarity. Entry: {@link io.marketpilot.nlp.aspect.AspectAnalyzer}; stateless and thread-safe.
 */
package io.marketpilot.nlp.aspect;
