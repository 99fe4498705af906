/**
 * Review sentiment: the fixed split of the training corpora ({@link io.marketpilot.nlp.sentiment.SentimentSplit}),
 * the {@link io.marketpilot.nlp.sentiment.SentimentTrainer} (NB-weighted n-grams + embedding, logistic, Platt-calibrated)
 * producing an immutable {@link io.marketpilot.nlp.sentiment.SentimentModel}, its versioned file format, and
 * evaluation. The shipped heads, one per encoder variant, are
 * {@link io.marketpilot.nlp.sentiment.SentimentModelFormat#shipped(io.marketpilot.nlp.encoder.EncoderVariant)}.
 */
package io.marketpilot.nlp.sentiment;
