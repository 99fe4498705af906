package io.marketpilot.nlp.aspect;

import io.marketpilot.nlp.sentiment.Sentiment;

/**
 * One aspect a clause talks about, with the clause's sentiment.
 *
 * @param byLexicon true when a lexicon word named the aspect, false when embedding similarity chose it
 */
public record AspectMention(Aspect aspect, Sentiment.Polarity polarity, double positiveProbability, String clause,
                            boolean byLexicon) {
}
