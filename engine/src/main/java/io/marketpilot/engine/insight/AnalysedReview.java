package io.marketpilot.engine.insight;

import java.time.Instant;
import java.util.List;

/**
 * A stored review with its analysis: the review event's id, item and time, the text, the positive probability and
 * polarity ({@code positive|neutral|negative}), and the aspects mentioned.
 */
public record AnalysedReview(String eventId, String itemId, Instant timestamp, String text, double positive,
                             String polarity, List<Mention> aspects) {
    public AnalysedReview {
        aspects = List.copyOf(aspects);
    }

    /** One aspect mention: aspect code, polarity, and the clause. */
    public record Mention(String aspect, String polarity, String clause) {
    }
}
