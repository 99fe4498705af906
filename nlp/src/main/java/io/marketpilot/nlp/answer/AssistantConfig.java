package io.marketpilot.nlp.answer;

/**
 * Assistant settings: {@code faqThreshold} is the least cosine similarity between the customer's question and an
 * FAQ question for the FAQ answer to be given (below it the reply is a handoff); BGE-small-zh cosines of
 * paraphrases are typically above 0.8 and of unrelated questions below 0.6.
 */
public record AssistantConfig(double faqThreshold) {
    public static final AssistantConfig DEFAULT = new AssistantConfig(0.75);

    public AssistantConfig {
        if (!(faqThreshold > 0 && faqThreshold <= 1)) {
            throw new IllegalArgumentException("faqThreshold must be in (0, 1], got " + faqThreshold);
        }
    }
}
