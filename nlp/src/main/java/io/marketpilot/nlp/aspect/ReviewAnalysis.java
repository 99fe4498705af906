package io.marketpilot.nlp.aspect;

import io.marketpilot.nlp.sentiment.Sentiment;
import java.util.List;

/** A review's overall sentiment and the aspects its clauses mention (in clause order). */
public record ReviewAnalysis(Sentiment sentiment, List<AspectMention> aspects) {
    public ReviewAnalysis {
        aspects = List.copyOf(aspects);
    }
}
