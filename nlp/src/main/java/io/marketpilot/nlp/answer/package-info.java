/**
 * Answers customer questions: {@link io.marketpilot.nlp.answer.Assistant} is the entry. A product question about a
 * known item (the page's item, or one the question names) is answered from the item's own fields; otherwise the
 * closest FAQ question by embedding similarity answers if it clears the confidence threshold; otherwise the reply
 * is a handoff to a human. Nothing is invented: an item answer only states a value the item has.
 */
package io.marketpilot.nlp.answer;
