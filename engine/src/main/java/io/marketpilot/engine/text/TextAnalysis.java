package io.marketpilot.engine.text;

import io.marketpilot.nlp.entity.Entity;
import io.marketpilot.nlp.intent.IntentPrediction;
import io.marketpilot.nlp.text.AnalyzedText;
import java.util.List;
import java.util.Optional;

/** Everything the engine reads from one text; sentiment is empty and aspects empty until review analysis is wired. */
public record TextAnalysis(AnalyzedText text, List<Entity> entities, IntentPrediction intent,
                           Optional<ReviewSignals.SentimentSignal> sentiment, List<ReviewSignals.AspectSignal> aspects) {
    public TextAnalysis {
        entities = List.copyOf(entities);
        aspects = List.copyOf(aspects);
    }
}
