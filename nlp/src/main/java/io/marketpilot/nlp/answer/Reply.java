package io.marketpilot.nlp.answer;

import io.marketpilot.nlp.intent.IntentPrediction;
import java.util.Optional;

/** The assistant's reply with what it understood: the intent and the item the question is about, if any. */
public record Reply(Answer answer, IntentPrediction intent, Optional<String> itemId) {
}
