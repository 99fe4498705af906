package io.marketpilot.engine.text;

import io.marketpilot.nlp.copy.AspectMention;
import java.util.List;
import java.util.Optional;

/**
 * Sentiment and aspects from review analysis, which lives beside this service: the text analysis fills its
 * {@code sentiment} and {@code aspects} from here, and item copy praises an item's positive aspects. {@link #NONE}
 * until the review analysis is wired in.
 */
public interface ReviewSignals {
    ReviewSignals NONE = new ReviewSignals() {
        @Override
        public Optional<SentimentSignal> sentiment(String text) {
            return Optional.empty();
        }

        @Override
        public List<AspectSignal> aspects(String text) {
            return List.of();
        }

        @Override
        public List<AspectMention> itemAspects(String itemId) {
            return List.of();
        }
    };

    /** The sentiment of a normalised text, if an analyser is available. */
    Optional<SentimentSignal> sentiment(String text);

    /** Aspect mentions in a normalised text. */
    List<AspectSignal> aspects(String text);

    /** Aspect counts over an item's reviews. */
    List<AspectMention> itemAspects(String itemId);

    /** {@code label} is {@code positive}, {@code negative} or {@code neutral}; {@code probability} of positive. */
    record SentimentSignal(String label, double probability) {}

    /** One aspect mention: aspect name, polarity ({@code positive|negative|neutral}) and the clause it was found in. */
    record AspectSignal(String aspect, String polarity, String clause) {}
}
