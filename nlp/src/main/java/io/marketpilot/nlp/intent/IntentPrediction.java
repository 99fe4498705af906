package io.marketpilot.nlp.intent;

import java.util.Map;

/** The most likely intent, its probability, and every intent's probability (softmax, sums to 1). */
public record IntentPrediction(Intent intent, double confidence, Map<Intent, Double> probabilities) {
    public IntentPrediction {
        probabilities = Map.copyOf(probabilities);
    }
}
