package io.marketpilot.nlp.answer;

import io.marketpilot.core.faq.FaqEntry;
import java.util.Objects;

/** What the assistant replies: an FAQ answer, an answer from an item's attributes, or a handoff to a human. */
public sealed interface Answer {
    /** The reply text for the customer (a handoff says a colleague will answer). */
    String text();

    /** The closest FAQ entry cleared the threshold; {@code similarity} is the cosine of the two questions. */
    record FromFaq(FaqEntry entry, double similarity) implements Answer {
        public FromFaq {
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public String text() {
            return entry.answer();
        }
    }

    /** Answered from {@code attribute} (price, stock, brand, or an attributes-map key) of item {@code itemId}. */
    record FromItem(String itemId, String attribute, String text) implements Answer {}

    /** No confident answer: {@code reason} says why (for the agent), {@code bestSimilarity} the closest FAQ score. */
    record Handoff(String reason, double bestSimilarity, String text) implements Answer {}
}
